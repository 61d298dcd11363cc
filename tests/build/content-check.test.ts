/**
 * The build refuses exactly what `npm run check` refuses, with the same lines
 * (file:line: field: message), before anything is rendered. Before the shared
 * check (commit 0524e50) each of these files built: the links and the impossible
 * dates were published, the Windows-1251 file failed with "Missing parameter: slug".
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { distFiles, read } from '../support/dist.ts';
import { FIXTURE, ROOT, buildEnv, siteBuild } from '../support/fixture.ts';

const dir = join(FIXTURE, 'refused');
const content = join(dir, 'content');
const front = (key: string, extra = '') => `---\ntitle: "Заголовок ${key}"\ndate: 2020-10-07T10:00:00+05:00\nagency: khovar\ntranslationKey: ${key}\n${extra}---\n\n`;
const BAD: Record<string, string | Buffer> = {
  'js-link.md': `${front('js-link')}Текст [нажмите](javascript:alert(document.domain)).\n`,
  'js-mixed-case.md': `${front('js-mixed-case')}Текст [x](JaVaScRiPt:alert(1)).\n`,
  'js-autolink.md': `${front('js-autolink')}Текст <javascript:alert(1)>.\n`,
  'feb-30.md': front('feb-30').replace('2020-10-07', '2020-02-30') + 'Текст.\n',
  'month-13.md': front('month-13').replace('2020-10-07', '2020-13-08') + 'Текст.\n',
  'no-offset.md': front('no-offset').replace('+05:00', '') + 'Текст.\n',
  'script.md': `${front('script')}Текст.\n\n<script>alert(1)</script>\n`,
  'iframe.md': `${front('iframe')}Текст.\n\n<iframe src="https://evil.example/"></iframe>\n`,
  'onclick.md': `${front('onclick')}<p onclick="alert(1)">Текст</p>\n`,
  'remote-image.md': `${front('remote-image')}<img src="https://other.example/a.jpg" alt="">\n`,
  'cp1251.md': Buffer.concat([Buffer.from('---\ntitle: "'), Buffer.from([0xc7, 0xe0, 0xe3, 0xee, 0xeb, 0xee, 0xe2, 0xee, 0xea]), Buffer.from(front('cp1251').slice(front('cp1251').indexOf('"\n')))]),
  'placeholder.md': `${front('placeholder')}TODO: write the text here. Paragraphs are separated by an empty line.\n`,
  'empty.md': front('empty'),
  'assumed-time.md': front('assumed-time').replace('+05:00\n', '+05:00  # TODO: the text gives no time; 12:00 assumed, correct it\n') + 'Текст.\n',
  'misspelt.md': `${front('misspelt', 'sumary: "Кратко"\n')}Текст.\n`,
  'yaml-colon.md': front('yaml-colon').replace(/^title: .*$/m, 'title: Заседание: итоги') + 'Текст.\n',
  'mdx-expression-href.mdx': `${front('mdx-expression-href')}Текст <a href={"javascript:alert(1)"}>нажмите</a>.\n`,
  'mdx-spread.mdx': `${front('mdx-spread')}Текст <img {...{ src: 'javascript:1' }} alt="" />.\n`,
  'mdx-set-html.mdx': `${front('mdx-set-html')}Текст.\n\n<Fragment set:html="<script>alert(1)</script>" />\n`,
  'mdx-import.mdx': `${front('mdx-import')}import fs from 'node:fs';\n\n{fs.readFileSync('/etc/hostname', 'utf8')}\n`,
  'links-to-broken.md': `${front('links-to-broken', 'related:\n  - release: yaml-colon\n')}Текст.\n`,
};

const findings = (output: string) => output.split('\n').map((l) => /(releases\/ru\/2020\/[\w-]+\.mdx?:\d+: .*)$/.exec(l)?.[1]).filter((l): l is string => !!l).sort();

let build: { status: number | null; output: string };
let check: { status: number | null; output: string };

beforeAll(() => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(content, 'releases/ru/2020'), { recursive: true });
  for (const f of ['agencies.yml', 'topics.yml']) cpSync(join(ROOT, 'content', f), join(content, f));
  for (const [name, text] of Object.entries(BAD)) writeFileSync(join(content, 'releases/ru/2020', name), text);
  const env = buildEnv(content, join(dir, 'dist'), { PRESS_BUILD_TIME: '2026-06-01T12:00:00Z', PRESS_MESSAGES_LANG: 'en' });
  // `npm run build`: Astro's failure is the command's; no search index is written after it.
  build = siteBuild(env);
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts/check.ts')], { cwd: ROOT, env, encoding: 'utf8' });
  check = { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}, 300_000);

describe('the build and npm run check refuse the same content', () => {
  it('both fail, listing the very same file:line: field: message lines', () => {
    expect(check.status).toBe(1);
    expect(build.status).not.toBe(0);
    expect(build.output).not.toContain('[press-pagefind] indexing');
    expect(findings(build.output)).toEqual(findings(check.output));
  });

  it.each([
    ['js-link.md:8: text: the link "javascript:alert(document.domain)" is not allowed'],
    ['js-mixed-case.md:8: text: the link "JaVaScRiPt:alert(1)" is not allowed'],
    ['js-autolink.md:8: text: the link "javascript:alert(1)" is not allowed'],
    ['feb-30.md:3: date: "2020-02-30T10:00:00+05:00" is not a real date and time (no such day, month, hour or offset); write e.g. 2020-02-29T10:00:00+05:00'],
    ['month-13.md:3: date: "2020-13-08T10:00:00+05:00" is not a real date'],
    ['no-offset.md:3: date: "2020-10-07T10:00:00" has no offset'],
    ['script.md:10: text: <script> is not allowed in a release'],
    ['mdx-expression-href.mdx:8: text: <a href={…}>: a value in braces cannot be checked'],
    ['mdx-spread.mdx:8: text: <img {...{ src: \'javascript:1\' }}>: attributes in braces cannot be checked'],
    ['mdx-set-html.mdx:10: text: <Fragment> is not allowed: an MDX release may use the HTML tags allowed in Markdown, not components'],
    ['mdx-import.mdx:8: text: "import fs from \'node:fs\';": an MDX release may not import or export anything'],
    ['mdx-import.mdx:10: text: {fs.readFileSync(\'/etc/hostname\', \'utf8\')} is not allowed'],
    ['iframe.md:10: text: <iframe src="https://evil.example/">: embeds are allowed only from'],
    ['onclick.md:8: text: <p onclick="…">: event-handler attributes run script'],
    ['remote-image.md:8: text: <img src="https://other.example/a.jpg">: images and media must be files next to the release'],
    ['cp1251.md:2: file: the file is not saved as UTF-8'],
    ['placeholder.md:8: text: "TODO" left on this line'],
    ['empty.md:7: text: the release has no text'],
    ['assumed-time.md:3: date: "TODO" left on this line'],
    ['misspelt.md:6: sumary: unknown field "sumary"; did you mean "summary"?'],
    ['yaml-colon.md:2: frontmatter: a colon followed by a space inside a value; put the whole value in double quotes'],
  ])('names the file, the line and the fix: %s', (line) => {
    expect(findings(build.output).some((l) => l.includes(`releases/ru/2020/${line}`)), findings(build.output).join('\n')).toBe(true);
  });

  it('one line per problem: no follow-on error in a correct file, no stack trace, nothing built', () => {
    // One per file: links-to-broken.md has none, mdx-import.mdx two (the import and the expression).
    expect(findings(build.output)).toHaveLength(Object.keys(BAD).length);
    expect(build.output).not.toMatch(/links-to-broken\.md|Missing parameter|RangeError|node_modules\/astro/);
    expect(() => distFiles(join(dir, 'dist'))).toThrow();
  });
});

describe('feeds of the fixture', () => {
  it('carry no link a page would refuse', () => {
    const feeds = distFiles().filter((f) => f.endsWith('rss.xml'));
    expect(feeds.length).toBeGreaterThan(3);
    for (const f of feeds) {
      const urls = [...read(f).replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&quot;/g, '"').matchAll(/\b(?:href|src)="([^"]*)"/g)].map((m) => m[1]!);
      for (const url of urls) expect(url, f).toMatch(/^(https?:|mailto:|tel:|#|\/)/);
    }
  });
});

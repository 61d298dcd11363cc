import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, formatFinding, type CheckOptions, type ReleaseFile } from '../../src/lib/tools/check.ts';

const options: CheckOptions = {
  agencies: new Map([['khovar', { timezone: 'Asia/Dushanbe' }], ['mds', { timezone: 'Europe/Moscow' }]]),
  topics: new Set(['diplomacy', 'media']),
  languages: ['ru', 'en', 'tg'],
  now: new Date('2026-06-01T12:00:00Z'),
  imageSize: (_file, src) => ({ './ok.jpg': 100_000, './huge.jpg': 5_000_000 } as Record<string, number>)[src],
  imageBudget: 2 * 1024 * 1024,
};

/** A release file; `fields` replace or (with undefined) remove the defaults. Line 1 is "---", title is line 2. */
function release(id: string, fields: Record<string, string | undefined> = {}): ReleaseFile {
  const all: Record<string, string | undefined> = {
    title: '"Заголовок"', date: '2020-10-07T10:00:00+05:00', agency: 'khovar', translationKey: id.split('/').at(-1), ...fields,
  };
  const yaml = Object.entries(all).filter(([, v]) => v !== undefined).map(([k, v]) => `${k}: ${v}`).join('\n');
  return { file: `content/releases/${id}.md`, id, text: `---\n${yaml}\n---\n\nТекст.\n` };
}

/** "file:line: field: message" lines of the findings of one file. */
const report = (files: ReleaseFile[], o = options) => checkContent(files, o).map((f) => `${f.level} ${formatFinding(f)}`);

describe('content check', () => {
  it('accepts valid releases', () => {
    expect(report([release('ru/2020/a'), release('en/2020/a', { translationKey: 'a' })])).toEqual([]);
  });

  it.each([
    ['a schema error (missing title) at the frontmatter start', { title: undefined }, 'error content/releases/ru/2020/x.md:1: title: required: the headline'],
    ['an unknown country', { participants: '\n  countries: [TJ, XX]' }, 'error content/releases/ru/2020/x.md:7: participants.countries.1: unknown country code "XX"'],
    ['an unknown agency', { agency: 'khovarr' }, 'error content/releases/ru/2020/x.md:4: agency: unknown agency "khovarr"; did you mean "khovar"? (ids in content/agencies.yml: khovar, mds)'],
    ['an unknown topic', { topics: '[media, sport]' }, 'error content/releases/ru/2020/x.md:6: topics.1: unknown topic "sport"'],
    ['a date without time and offset (YAML would read midnight UTC)', { date: '2020-10-07' }, 'error content/releases/ru/2020/x.md:3: date: "2020-10-07" has no time and offset'],
    ['a date without offset', { date: '2020-10-07T10:00:00' }, 'error content/releases/ru/2020/x.md:3: date: "2020-10-07T10:00:00" has no offset (such as +05:00 or Z), so the moment would depend on the machine that builds the site; write e.g. 2020-10-07T10:00:00+05:00'],
    ['a future date without embargo', { date: '2026-07-01T10:00:00+05:00' }, 'error content/releases/ru/2020/x.md:3: date: is in the future'],
    ['missing alt text', { image: '\n  src: ./ok.jpg' }, 'error content/releases/ru/2020/x.md:6: image.alt: required: describe what the image shows'],
    ['a missing image file', { image: '\n  src: ./gone.jpg\n  alt: "Фото"' }, 'error content/releases/ru/2020/x.md:7: image.src: no image at ./gone.jpg'],
    ['an image over the size budget (warning)', { image: '\n  src: ./huge.jpg\n  alt: "Фото"' }, 'warning content/releases/ru/2020/x.md:7: image.src: image is 4.8 MB, over the 2.0 MB budget'],
    ['a related release that does not exist', { related: '\n  - release: x\n  - release: nosuch' }, 'error content/releases/ru/2020/x.md:8: related.1.release: no release has translationKey "nosuch"'],
    ['a placeholder left by the importer', { related: '\n  - title: "Посол"\n    url: TODO' }, 'error content/releases/ru/2020/x.md:8: related.0.url: "TODO" left on this line'],
    ['invalid YAML', { title: '"unterminated' }, 'error content/releases/ru/2020/x.md:'],
  ])('reports %s with file and line', (_name, fields, expected) => {
    const found = report([release('ru/2020/x', fields)]);
    expect(found.some((l) => l.startsWith(expected)), found.join('\n')).toBe(true);
  });

  it('does not report a future date under embargo, nor a draft', () => {
    expect(report([release('ru/2026/e', { date: '2026-07-01T10:00:00+05:00', embargo: '2026-07-01T10:00:00+05:00' })])).toEqual([]);
    expect(report([release('ru/2026/d', { date: '2026-07-01T10:00:00+05:00', draft: 'true' })])).toEqual([]);
  });

  it('reports two releases at one address and a translation key used twice in one language', () => {
    const found = report([release('ru/2020/a', { translationKey: 'k' }), release('ru/2020/b', { translationKey: 'k' })]);
    expect(found).toEqual([
      expect.stringMatching(/^error content\/releases\/ru\/2020\/b\.md:2: slug: same address \/ru\/2020\/10\/07\/zagolovok\/ as content\/releases\/ru\/2020\/a\.md/),
      expect.stringMatching(/^error content\/releases\/ru\/2020\/b\.md:5: translationKey: "k" is already used by content\/releases\/ru\/2020\/a\.md/),
    ]);
  });

  it('lists every problem of every file at once', () => {
    const found = report([release('ru/2020/a', { agency: 'nope', date: '2020-10-07' }), release('en/2020/b', { title: undefined })]);
    expect(found.map((l) => l.split(': ')[0]).sort()).toEqual([
      'error content/releases/en/2020/b.md:1', 'error content/releases/ru/2020/a.md:3', 'error content/releases/ru/2020/a.md:4',
    ]);
  });
});

describe('npm run check', () => {
  const ROOT = resolve(import.meta.dirname, '../..');
  const run = (dir: string) => spawnSync(process.execPath, [join(ROOT, 'scripts/check.ts')], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, PRESS_CONTENT_DIR: dir, PRESS_BUILD_TIME: '2026-06-01T12:00:00Z' },
  });

  it('passes on the sample content and fails, with file:line, on a broken copy', () => {
    expect(run(join(ROOT, 'content')).status).toBe(0);
    const dir = mkdtempSync(join(tmpdir(), 'press-check-'));
    cpSync(join(ROOT, 'content'), dir, { recursive: true });
    writeFileSync(join(dir, 'releases/ru/2020/broken.md'), '---\ntitle: "Т"\ndate: 2020-10-07\nagency: khovar\ntranslationKey: broken-2020\n---\n\nТекст.\n');
    const result = run(dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/releases\/ru\/2020\/broken\.md:3: date: "2020-10-07" has no time and offset/);
    expect(result.stdout).toMatch(/Checked 14 release\(s\).*1 error\(s\), 0 warning\(s\)/);
  }, 30_000); // two processes: seconds on a busy machine
});

describe('a release in another year folder than its date', () => {
  it('is warned about (the address takes the year from the date), in check and so in the build', async () => {
    const { newRelease } = await import('../../src/lib/tools/new-release.ts');
    const { setMessageLang } = await import('../../src/i18n/messages.ts');
    setMessageLang('en');
    const agencies = new Map([['khovar', { timezone: 'Asia/Dushanbe' }]]);
    const now = new Date('2026-12-01T12:00:00Z');
    const { text } = newRelease({ lang: 'ru', title: 'Встреча', agency: 'khovar', countries: 'TJ', date: '2026-01-05 10:00' }, { contentDir: 'content', languages: ['ru'], agencies, keys: new Map(), now });
    const body = text.replace(/^TODO: .*$/m, 'Текст.');
    const run = (id: string) => checkContent([{ file: `releases/${id}.md`, id, text: body }], { agencies, topics: new Set(), languages: ['ru'], now, imageSize: () => undefined, imageBudget: 1 });
    expect(run('ru/2026/vstrecha')).toEqual([]);
    expect(run('ru/2025/vstrecha')).toEqual([expect.objectContaining({ level: 'warning', field: 'date', message: expect.stringContaining('dated 2026 but is in the folder 2025') })]);
    // A release not filed by year is not judged.
    expect(run('ru/vstrecha')).toEqual([]);
  });
});

describe('a release with a wrong field', () => {
  it('still has its missing photo and pictures in the text reported in the same run', () => {
    const agencies = new Map([['khovar', { timezone: 'Asia/Dushanbe' }]]);
    const text = '---\ntitle: ""\ndate: 2020-10-07T10:00:00+05:00\nagency: khovar\ntranslationKey: x\nimage:\n  src: ./gone.jpg\n  alt: "Фото"\n---\n\nТекст.\n\n![Фото](./nope.jpg)\n';
    const found = checkContent([{ file: 'releases/ru/2020/x.md', id: 'ru/2020/x', text }], { agencies, topics: new Set(), languages: ['ru'], now: new Date('2026-01-01T00:00:00Z'), imageSize: () => undefined, imageBudget: 1 });
    expect(found.map((f) => `${f.line}: ${f.field}`)).toEqual(expect.arrayContaining(['2: title', '7: image.src', '13: text']));
  });
});

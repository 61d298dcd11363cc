/**
 * The cases of issue 13, one test each, against the content check that both
 * `npm run check` and the build run (the build side: tests/build/content-check.test.ts).
 * Each failed before the shared rules (checked against commit 0524e50).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { setMessageLang } from '../../src/i18n/messages.ts';
import { checkContent, type CheckOptions, type ReleaseFile } from '../../src/lib/tools/check.ts';

const options: CheckOptions = {
  agencies: new Map([['khovar', { timezone: 'Asia/Dushanbe' }], ['mds', { timezone: 'Europe/Moscow' }]]),
  topics: new Set(['diplomacy', 'media']),
  languages: ['ru', 'en', 'tg'],
  now: new Date('2026-06-01T12:00:00Z'),
  imageSize: () => 1000,
  imageBudget: 2 * 1024 * 1024,
  siteOrigin: 'https://press.example.org',
};

const FRONT = 'title: "Заголовок"\ndate: 2020-10-07T10:00:00+05:00\nagency: khovar\ntranslationKey: x';
/** A release: frontmatter lines 2-5 by default, the body from line 8. */
const file = (body = 'Текст.', front = FRONT, name = 'ru/2020/x'): ReleaseFile =>
  ({ file: `content/releases/${name}.md`, id: name, text: `---\n${front}\n---\n\n${body}\n` });
const lines = (files: ReleaseFile[]) => checkContent(files, options).map((f) => `${f.file.replace(/^.*\//, '')}:${f.line}: ${f.field}: ${f.message}`);

afterEach(() => setMessageLang('en'));

describe('unsafe links are refused with file, line and the fix', () => {
  it.each([
    ['a Markdown link', '[нажмите](javascript:alert(document.domain))'],
    ['a link in mixed case', '[x](JaVaScRiPt:alert(1))'],
    ['an autolink', '<javascript:alert(1)>'],
    ['an image', '![x](javascript:alert(1))'],
    ['a reference link', '[x][1]\n\n[1]: javascript:alert(1)'],
    ['an entity-encoded scheme', '[x](&#106;avascript&colon;alert(1))'],
    ['a tab inside the scheme', '[x](<java\tscript:alert(1)>)'],
    ['a data: page', '[x](data:text/html;base64,PHNjcmlwdD4=)'],
    ['raw HTML, upper case', '<a href="JAVASCRIPT:alert(1)">x</a>'],
    ['raw HTML with an entity and a leading space', '<a href=" &#106;avascript:alert(1)">x</a>'],
  ])('%s', (_name, body) => {
    const found = lines([file(`Текст.\n\n${body}`)]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^x\.md:10: text: (the link ".*" is not allowed: only http\(s\), mailto and tel addresses|<a href=".*">: only http\(s\), mailto and tel links are allowed)/);
  });

  it('in MDX too (Markdown links, literal JSX attributes); components are refused (mdx-rules.test.ts)', () => {
    const mdx = { ...file('<Note />\n\n[x](javascript:1)\n\n<a href="javascript:2">y</a>'), file: 'content/releases/ru/2020/x.mdx' };
    expect(lines([mdx]).map((l) => l.split(': text: ')[0])).toEqual(['x.mdx:8', 'x.mdx:10', 'x.mdx:12']);
  });

  it('lets http(s), mailto, tel and site links through', () => {
    expect(lines([file('[a](https://khovar.tj/) [b](mailto:a@b.tj) [c](tel:+992372) [d](/ru/countries/tj/) <https://mfa.tj> www.mfa.tj')])).toEqual([]);
  });
});

describe('raw HTML rules are in the check too (the build refused these, the check said 0 errors)', () => {
  it.each([
    ['<script>alert(1)</script>', /<script> is not allowed/],
    ['<iframe src="https://evil.example/"></iframe>', /embeds are allowed only from/],
    ['<p onclick="alert(1)">x</p>', /event-handler attributes run script; remove onclick/],
    ['<img src="https://other.example/a.jpg" alt="">', /images and media must be files next to the release/],
  ])('%s', (html, message) => {
    const found = lines([file(`Текст.\n\n${html}`)]);
    expect(found[0]).toMatch(/^x\.md:10: text: /);
    expect(found.join('\n')).toMatch(message);
  });
});

describe('dates must be real, with an offset, in every date field', () => {
  it.each([
    ['date', '2020-02-30T10:00:00+05:00', /"2020-02-30T10:00:00\+05:00" is not a real date.*2020-02-29T10:00:00\+05:00/],
    ['date', '2020-13-08T10:00:00+05:00', /is not a real date.*2020-12-08T10:00:00\+05:00/],
    ['date', '2020-10-08T10:00:00', /has no offset.*2020-10-08T10:00:00\+05:00/],
    ['updated', '2020-10-32T10:00:00+05:00', /is not a real date.*2020-10-31T10:00:00\+05:00/],
    ['embargo', '2020-10-08T24:30:00+05:00', /is not a real date.*2020-10-08T23:30:00\+05:00/],
  ])('%s: %s', (field, value, message) => {
    const front = field === 'date' ? FRONT.replace(/^date: .*$/m, `date: ${value}`) : `${FRONT}\n${field}: ${value}`;
    const found = lines([file('Текст.', front)]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(new RegExp(`^x\\.md:${field === 'date' ? 3 : 6}: ${field}: `));
    expect(found[0]).toMatch(message);
  });

  it('uses the agency\'s offset in the example', () => {
    const found = lines([file('Текст.', FRONT.replace('khovar', 'mds').replace(/^date: .*$/m, 'date: 2020-10-08T10:00:00'))]);
    expect(found[0]).toMatch(/write e\.g\. 2020-10-08T10:00:00\+03:00$/);
  });
});

describe('files that are not UTF-8', () => {
  it('are refused once, with the line of the first foreign byte and how to re-save', () => {
    // "Заголовок" in Windows-1251 on line 2: every byte of it is above 0x7F.
    const cp1251 = Uint8Array.from([...Buffer.from('---\ntitle: "'), 0xc7, 0xe0, 0xe3, 0xee, 0xeb, 0xee, 0xe2, 0xee, 0xea, ...Buffer.from(`"\n${FRONT.split('\n').slice(1).join('\n')}\n---\n\ntext\n`)]);
    const found = lines([{ ...file(), bytes: cp1251 }]);
    expect(found).toEqual([expect.stringMatching(/^x\.md:2: file: the file is not saved as UTF-8 .*save it again choosing the encoding UTF-8$/)]);
  });
});

describe('unfinished text blocks the release', () => {
  it.each([
    ['npm run new\'s placeholder body', 'TODO: write the text here. Paragraphs are separated by an empty line.', FRONT, /^x\.md:8: text: "TODO" left on this line/],
    ['an empty body', '', FRONT, /^x\.md:7: text: the release has no text/],
    ['a time the importer only assumed', 'Текст.', FRONT.replace(/^(date: .*)$/m, '$1  # TODO: the text gives no time; 12:00 assumed, correct it'), /^x\.md:3: date: "TODO" left on this line/],
  ])('%s', (_name, body, front, message) => {
    const found = lines([file(body, front)]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(message);
  });
});

describe('messages a press officer can act on', () => {
  it.each([
    ['a colon in an unquoted title', 'title: Заседание: итоги', 2, /put the whole value in double quotes/],
    ['an unclosed quote', 'title: "Заседание', 2, /a quotation mark is opened but not closed/],
    ['a tab used for indenting', 'participants:\n\tcountries: [TJ]', 7, /a tab is used for indenting/],
    ['an unclosed list', 'topics: [media, diplomacy', 6, /a list in square brackets is opened but not closed/],
    ['a field written twice', 'agency: mds', 6, /the field "agency" appears twice/],
  ])('YAML: %s, at the one right line, in plain words', (_name, extra, line, message) => {
    const front = extra.startsWith('title') ? FRONT.replace(/^title: .*$/m, extra) : `${FRONT}\n${extra}`;
    const found = lines([file('Текст.', front)]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(new RegExp(`^x\\.md:${line}: frontmatter: `));
    expect(found[0]).toMatch(message);
    expect(found[0]).not.toMatch(/compact mappings|at line \d+, column/);
  });

  it('"did you mean" for a misspelt field and value, on the field\'s line', () => {
    const found = lines([file('Текст.', `${FRONT}\nsumary: "Кратко"\ntopics: [medai]\nparticipants:\n  contries: [TJ]`)]);
    expect(found).toEqual([
      'x.md:6: sumary: unknown field "sumary"; did you mean "summary"?',
      'x.md:7: topics.0: unknown topic "medai"; did you mean "media"? (ids in content/topics.yml: diplomacy, media)',
      'x.md:9: participants.contries: unknown field "contries"; did you mean "countries"?',
    ]);
  });

  it('no follow-on errors in correct files that link to a broken one', () => {
    const broken = file('Текст.', FRONT.replace(/^title: .*$/m, 'title: "unclosed').replace('translationKey: x', 'translationKey: broken'), 'ru/2020/broken');
    const linking = file('Текст.', `${FRONT}\nrelated:\n  - release: broken`, 'ru/2020/x');
    expect(lines([broken, linking]).map((l) => l.split(':')[0])).toEqual(['broken.md']);
  });

  it('in Russian and Tajik', () => {
    const bad = [file('[x](javascript:1)', FRONT.replace(/^date: .*$/m, 'date: 2020-02-30T10:00:00+05:00'))];
    setMessageLang('ru');
    expect(lines(bad).join('\n')).toMatch(/не существует[\s\S]*ссылка/);
    setMessageLang('tg');
    expect(lines(bad).join('\n')).toMatch(/вуҷуд надорад[\s\S]*истинод/);
  });
});

describe('a hostile press officer: each of these got through, or crashed the check, before', () => {
  const bomb = 'a: &a [x, x, x, x, x, x, x, x, x]\n' + [...'bcdefghi'].map((c, i) => `${c}: &${c} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(', ')}]`).join('\n');
  it.each([
    // The check died with "ReferenceError: Excessive alias count indicates a resource exhaustion attack", naming no file.
    ['an alias bomb in the frontmatter', file('Текст.', `${FRONT}\n${bomb}`), 'x.md:6: frontmatter: anchors and aliases (&name, *name) are not allowed'],
    ['a YAML tag', file('Текст.', FRONT.replace('"Заголовок"', '!!binary 0JfQsNCz0L7Qu9C+0LLQvtC6')), 'x.md:2: frontmatter: the type mark !!binary is not allowed'],
    ['a bell and a terminal colour pasted into the title', file('Текст.', FRONT.replace('"Заголовок"', '"Заголовок\u0007\u001b[31m"')), 'x.md:2: file: line 2 holds an invisible control character (U+0007)'],
    ['a right-to-left override that shows "exe.gp" as "pg.exe"', file('Скачайте отчёт\u202Eexe.gp'), 'x.md:8: file: line 8 holds an invisible control character (U+202E)'],
    ['a lone NUL (no longer told as a wrong encoding)', file('Текст\u0000.'), 'x.md:8: file: line 8 holds an invisible control character (U+0000)'],
    ['a year typed 0202', file('Текст.', FRONT.replace('2020-10-07', '0202-10-07')), 'x.md:3: date: "0202-10-07T10:00:00+05:00": a year before 1900 is surely a typing mistake'],
    ['an update before the release', file('Текст.', `${FRONT}\nupdated: 2020-10-06T10:00:00+05:00`), 'x.md:6: updated: is before the release\'s date'],
    ['a future date behind an embargo already over', file('Текст.', FRONT.replace('2020-10-07', '2027-10-07') + '\nembargo: 2026-01-01T10:00:00+05:00'), 'x.md:3: date: is in the future (2027-10-07T10:00:00+05:00) but the embargo is already over'],
  ])('%s', (_name, release, expected) => {
    expect(lines([release]).join('\n')).toContain(expected);
  });

  it('Arabic with isolates and direction marks stays allowed', () => {
    expect(lines([file('نص \u2067English\u2069 \u200fنص.')])).toEqual([]);
  });

  it('a file the site would never read (".MD", a name starting with a dot) is an error, not silently left out', async () => {
    const { mkdtempSync, mkdirSync, cpSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join, resolve } = await import('node:path');
    const { runCheck } = await import('../../src/lib/tools/check-run.ts');
    const dir = mkdtempSync(join(tmpdir(), 'unread-'));
    for (const f of ['agencies.yml', 'topics.yml']) cpSync(resolve(import.meta.dirname, '../../content', f), join(dir, f));
    mkdirSync(join(dir, 'releases/ru/2020/.drafts'), { recursive: true });
    const text = (key: string) => `---\n${FRONT.replace('translationKey: x', `translationKey: ${key}`)}\n---\n\nТекст.\n`;
    writeFileSync(join(dir, 'releases/ru/2020/Заседание в Душанбе.MD'), text('a'));
    writeFileSync(join(dir, 'releases/ru/2020/.hidden.md'), text('b'));
    writeFileSync(join(dir, 'releases/ru/2020/.drafts/c.md'), text('c'));
    writeFileSync(join(dir, 'releases/ru/2020/мой релиз с пробелами.md'), text('d'));
    const r = runCheck(dir, { languages: ['ru', 'en', 'tg'], now: new Date('2026-06-01T12:00:00Z'), imageBudgetMb: 2 });
    expect(r.releases).toBe(1); // the one with spaces and Cyrillic in its name is read, and publishes
    expect(r.findings.map((f) => `${f.file.split('releases/')[1]}:${f.line}: ${f.field}`).sort()).toEqual(
      ['ru/2020/.drafts/c.md:1: file', 'ru/2020/.hidden.md:1: file', 'ru/2020/Заседание в Душанбе.MD:1: file']);
    expect(r.findings[0]!.message).toContain('the site never reads this file');
  });
});

describe('the photo of an unpublished release', () => {
  it('may not be shown by a published one, in its fields or its text (it would leak the embargoed photo)', () => {
    const embargoed = file('Текст.', `${FRONT.replace('translationKey: x', 'translationKey: later').replace(/^date: .*$/m, 'date: 2026-01-01T09:00:00+05:00').replace('"Заголовок"', '"Позже"')}\nembargo: 2027-01-01T10:00:00+05:00\nimage:\n  src: ./secret.jpg\n  alt: "Фото"`, 'ru/2026/later');
    const thief = file('Текст.', `${FRONT}\nimage:\n  src: ../2026/secret.jpg\n  alt: "Фото"`);
    expect(lines([embargoed, thief])).toEqual(['x.md:7: image.src: the photo "../2026/secret.jpg" is that of content/releases/ru/2026/later.md, which is not published yet (draft or embargo): it would appear with this release before then; use another photo, or wait']);
    // Markdown images are built into the site from the file (raw HTML <img> is a plain URL, not the file).
    const inText = file('Текст.\n\n![Фото](../2026/secret.jpg)\n\n<img src="../2026/secret.jpg" alt="Фото">');
    expect(lines([embargoed, inText])).toEqual([10].map((n) => `x.md:${n}: text: the photo "../2026/secret.jpg" is that of content/releases/ru/2026/later.md, which is not published yet (draft or embargo): it would appear with this release before then; use another photo, or wait`));
    expect(lines([{ ...embargoed, text: embargoed.text.replace('embargo: 2027', 'embargo: 2026') }, inText])).toEqual([]);
    // Once the embargo is over, sharing it is fine (a translation showing the original's photo).
    expect(checkContent([embargoed, thief], { ...options, now: new Date('2027-02-01T00:00:00Z') })).toEqual([]);
  });
});

describe('pictures', () => {
  it('an SVG, as the photo or in the text, is refused (it can carry script that runs on the site)', () => {
    const svg = file('Текст.\n\n![Схема](./scheme.svg)', `${FRONT}\nimage:\n  src: ./photo.svg\n  alt: "Фото"`);
    expect(lines([svg])).toEqual([
      'x.md:7: image.src: "./photo.svg" is an SVG file, which can carry script that would run on the site; export the picture as JPEG, PNG or WebP',
      'x.md:13: text: "./scheme.svg" is an SVG file, which can carry script that would run on the site; export the picture as JPEG, PNG or WebP',
    ]);
  });

  it('a picture in the text that is not there is named at its line (the build failed pointing into node_modules)', () => {
    expect(checkContent([file('Текст.\n\n![Фото](./нет-такого.jpg)')], { ...options, imageSize: () => undefined }).map((f) => `${f.line}: ${f.field}: ${f.message}`))
      .toEqual(['10: text: no image at ./нет-такого.jpg next to this file; put the image there or correct the path']);
  });
});

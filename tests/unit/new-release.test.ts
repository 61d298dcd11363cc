import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { newRelease, parseCountries, parseDate, type NewContext } from '../../src/lib/tools/new-release.ts';
import { checkContent } from '../../src/lib/tools/check.ts';

const ctx: NewContext = {
  contentDir: 'content', languages: ['ru', 'en', 'tg'],
  agencies: new Map([['khovar', { timezone: 'Asia/Dushanbe' }], ['mds', { timezone: 'Europe/Moscow' }]]),
  keys: new Map([['cis-info-consultations-2020', ['releases/ru/2020/cis-info-consultations.md']], ['test-release-2020', ['releases/ru/2020/x.md']]]),
  now: new Date('2026-06-01T12:34:56Z'),
};
const frontmatter = (text: string) => parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as Record<string, any>;

describe('npm run new (logic)', () => {
  it('writes every field, a unique new translation key, and the date with the agency offset', () => {
    const { file, text, key } = newRelease({ lang: 'en', title: 'Test release', agency: 'khovar', countries: 'TJ, ru; Italy', date: '2020-10-07 10:00' }, ctx);
    expect(file).toBe(join('content', 'releases', 'en', '2020', 'test-release.md'));
    expect(key).toBe('test-release-2020-2');
    expect(frontmatter(text)).toMatchObject({ title: 'Test release', date: '2020-10-07T10:00:00+05:00', agency: 'khovar', translationKey: key, participants: { countries: ['TJ', 'RU', 'IT'] }, draft: false });
    // Optional fields are present as comments with a hint.
    for (const field of ['summary', 'timezone', 'updated', 'dateline', 'source', 'slug', 'image', 'embargo']) expect(text).toMatch(new RegExp(`^# ${field}:`, 'm'));
    // The check finds only the placeholder text, which blocks check and build until replaced.
    const check = (t: string) => checkContent([{ file, id: 'en/2020/test-release', text: t }], {
      agencies: ctx.agencies, topics: new Set(), languages: ctx.languages, now: ctx.now, imageSize: () => undefined, imageBudget: 1,
    }).map((f) => `${f.line}: ${f.field}: ${f.message}`);
    const bodyLine = text.split('\n').findIndex((l) => l.startsWith('TODO:')) + 1;
    expect(check(text)).toEqual([`${bodyLine}: text: "TODO" left on this line: fill in what it asks for, then delete the word TODO`]);
    expect(check(text.replace(/^TODO: write the text here\./m, 'The text.'))).toEqual([]);
  });

  it('reuses the key of the release it translates, and refuses a second version in one language', () => {
    expect(newRelease({ lang: 'tg', title: 'Машварат', agency: 'khovar', countries: '', translationOf: 'cis-info-consultations-2020' }, ctx).key).toBe('cis-info-consultations-2020');
    expect(() => newRelease({ lang: 'ru', title: 'Т', agency: 'khovar', countries: '', translationOf: 'cis-info-consultations-2020' }, ctx)).toThrow(/already has a version in ru/);
    expect(() => newRelease({ lang: 'en', title: 'Т', agency: 'khovar', countries: '', translationOf: 'nosuch' }, ctx)).toThrow(/translation-of: no release has translationKey "nosuch"/);
  });

  it('explains wrong answers by field', () => {
    expect(() => newRelease({ lang: 'fr', title: 'T', agency: 'khovar', countries: '' }, ctx)).toThrow(/^lang: "fr" is not a site language/);
    expect(() => newRelease({ lang: 'ru', title: 'T', agency: 'nope', countries: '' }, ctx)).toThrow(/^agency: unknown "nope"; use one of khovar, mds/);
    expect(() => newRelease({ lang: "ru", title: "T", agency: "khova", countries: "" }, ctx)).toThrow(/^agency: unknown "khova"; did you mean "khovar"\? \(one of khovar, mds\)/);
    expect(() => parseCountries('TJ, Atlantis')).toThrow(/^countries: "Atlantis" is not a country/);
    expect(() => parseDate('7 October', 'Asia/Dushanbe', ctx.now)).toThrow(/^date: "7 October" is not written as a date, time and offset; write e\.g\. 2020-10-07T10:00:00\+05:00/);
    expect(parseDate('', 'Europe/Moscow', ctx.now)).toBe('2026-06-01T15:34:00+03:00');
    expect(parseDate('2020-10-07T10:00:00+03:00', 'Asia/Dushanbe', ctx.now)).toBe('2020-10-07T10:00:00+03:00');
    // Before the strict reader, these were written as given (and published as 1 March, or January 2021).
    expect(() => parseDate('2020-02-30', 'Asia/Dushanbe', ctx.now)).toThrow(/^date: "2020-02-30" is not a real date.*write e\.g\. 2020-02-29T12:00:00\+05:00/);
    expect(() => parseDate('2020-13-08 10:00', 'Asia/Dushanbe', ctx.now)).toThrow(/^date: "2020-13-08 10:00" is not a real date.*2020-12-08T10:00:00\+05:00/);
    expect(() => parseDate('2020-10-07 25:00', 'Asia/Dushanbe', ctx.now)).toThrow(/is not a real date/);
  });
});

describe('npm run new (command)', () => {
  it('writes the file once and never overwrites it', () => {
    const ROOT = resolve(import.meta.dirname, '../..');
    const dir = mkdtempSync(join(tmpdir(), 'press-new-'));
    cpSync(join(ROOT, 'content'), dir, { recursive: true });
    const run = () => spawnSync(process.execPath, [join(ROOT, 'scripts/new.ts'), '--lang', 'ru', '--title', 'Новый релиз', '--agency', 'mds', '--countries', 'RU', '--date', '2024-05-01 09:30'], {
      cwd: ROOT, encoding: 'utf8', env: { ...process.env, PRESS_CONTENT_DIR: dir },
    });
    const first = run();
    const file = join(dir, 'releases/ru/2024/noviy-reliz.md');
    expect(first.status, first.stderr).toBe(0);
    const written = readFileSync(file, 'utf8');
    expect(frontmatter(written)).toMatchObject({ date: '2024-05-01T09:30:00+03:00', translationKey: 'noviy-reliz-2024' });
    const second = run();
    expect(second.status).toBe(1);
    expect(second.stderr).toMatch(/noviy-reliz\.md already exists; nothing was written/);
    expect(existsSync(file) && readFileSync(file, 'utf8')).toBe(written);
  }, 30_000); // two processes: seconds on a busy machine
});

describe('npm run new in the press officer\'s language', () => {
  const ROOT = resolve(import.meta.dirname, '../..');
  // Before, every message but the date's was English whatever the setting.
  it.each([
    ['PRESS_MESSAGES_LANG=ru', { PRESS_MESSAGES_LANG: 'ru' }, [/^Записан файл .*noviy-reliz\.md \(translationKey: noviy-reliz-2024\)\. Напишите текст, затем запустите: npm run check/, /уже существует; ничего не записано/, /^new: agency: неизвестное «mdz»; может быть, «mds»\?/, /^TODO: напишите здесь текст/m, /^# summary: "Одно-два предложения для списков, лент и результатов поиска"$/m]],
    ['LANG=tg_TJ.UTF-8', { LANG: 'tg_TJ.UTF-8', LC_ALL: '', LC_MESSAGES: '' }, [/^Файл навишта шуд: .*noviy-reliz\.md/, /аллакай ҳаст; ҳеҷ чиз навишта нашуд/, /^new: agency: «mdz» номаълум аст; шояд «mds»\?/, /^TODO: матнро дар ин ҷо нависед/m, /^draft: false  # true — дар сомона нашр накардан$/m]],
    ['PRESS_MESSAGES_LANG=en', { PRESS_MESSAGES_LANG: 'en' }, [/^Wrote .*noviy-reliz\.md/, /already exists; nothing was written/, /^new: agency: unknown "mdz"; did you mean "mds"\?/, /^TODO: write the text here/m, /^translationKey: noviy-reliz-2024  # the same in every language version$/m]],
  ])('%s', (_name, env, [wrote, exists, agency, body, hint]) => {
    const dir = mkdtempSync(join(tmpdir(), 'press-new-'));
    cpSync(join(ROOT, 'content'), dir, { recursive: true });
    const { PRESS_MESSAGES_LANG: _set, ...base } = process.env;
    const run = (agencyId: string) => spawnSync(process.execPath, [join(ROOT, 'scripts/new.ts'), '--lang', 'ru', '--title', 'Новый релиз', '--agency', agencyId, '--date', '2024-05-01 09:30'], {
      cwd: ROOT, encoding: 'utf8', env: { ...base, ...env, PRESS_CONTENT_DIR: dir },
    });
    const first = run('mds');
    expect(first.stdout.trim()).toMatch(wrote!);
    const written = readFileSync(join(dir, 'releases/ru/2024/noviy-reliz.md'), 'utf8');
    expect(written).toMatch(body!);
    expect(written).toMatch(hint!);
    // The hints in any language leave the file valid: with the text written, the check finds nothing.
    const done = written.replace(/^TODO: .*$/m, 'Текст.');
    expect(checkContent([{ file: 'x.md', id: 'ru/2024/noviy-reliz', text: done }], { agencies: ctx.agencies, topics: new Set(), languages: ctx.languages, now: ctx.now, imageSize: () => undefined, imageBudget: 1 })).toEqual([]);
    expect(run('mds').stderr.trim()).toMatch(exists!);
    expect(run('mdz').stderr.trim()).toMatch(agency!);
  }, 30_000);
});

describe('npm run new: guesses are marked, hints point the right way', () => {
  const check = (file: string, text: string) => checkContent([{ file, id: 'ru/2026/x', text }], {
    agencies: ctx.agencies, topics: new Set(), languages: ctx.languages, now: ctx.now, imageSize: () => undefined, imageBudget: 1,
  }).map((f) => f.field);

  it('marks a date without a time TODO, so check refuses it until a person confirms', async () => {
    const { setMessageLang } = await import('../../src/i18n/messages.ts');
    setMessageLang('ru');
    const { file, text } = newRelease({ lang: 'ru', title: 'Т', agency: 'khovar', countries: '', date: '2026-12-01' }, ctx);
    expect(text).toMatch(/^date: TODO 2026-12-01T12:00:00\+05:00 {2}# TODO: время не указано; взято 12:00/m);
    expect(check(file, text)).toContain('date');
    // With a time there is no mark.
    expect(newRelease({ lang: 'ru', title: 'Т', agency: 'khovar', countries: '', date: '2026-12-01 10:00' }, ctx).text).toMatch(/^date: 2026-12-01T10:00:00\+05:00$/m);
    // The template's dateline example is in the message language.
    expect(text).toMatch(/^# dateline: "Душанбе"/m);
    setMessageLang('en');
  });

  it('suggests the agency whose id begins with or contains what was typed', () => {
    const agencies = new Map([['khovar', { timezone: 'Asia/Dushanbe' }], ['mds', { timezone: 'Europe/Moscow' }], ['mfa-tj', { timezone: 'Asia/Dushanbe' }]]);
    expect(() => newRelease({ lang: 'ru', title: 'Т', agency: 'mfa', countries: '' }, { ...ctx, agencies })).toThrow(/did you mean "mfa-tj"/);
    expect(() => newRelease({ lang: 'ru', title: 'Т', agency: 'hovar', countries: '' }, { ...ctx, agencies })).toThrow(/did you mean "khovar"/);
  });

  it('names every unknown country at once', () => {
    expect(() => parseCountries('TJ, XX, Japanland')).toThrow('countries: "XX", "Japanland" are not countries');
    expect(() => parseCountries('TJ, XX')).toThrow('countries: "XX" is not a country');
  });
});

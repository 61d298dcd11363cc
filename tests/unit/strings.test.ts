import { describe, expect, it } from 'vitest';
import { ALL_CODES } from '../../src/i18n/locales.ts';
import { REFERENCE_LANG, STRINGS, missingKeys, stringsSchema } from '../../src/i18n/strings.ts';
import { plural, t } from '../../src/i18n/t.ts';

const SHIPPED = ['ru', 'en', 'tg'];

describe('UI strings', () => {
  it('has a strings file for every row of the locale table', () => {
    expect(Object.keys(STRINGS).sort()).toEqual([...ALL_CODES].sort());
  });

  for (const lang of ALL_CODES) {
    it(`${lang}.json passes the schema`, () => {
      const result = stringsSchema(lang, STRINGS[REFERENCE_LANG]!).safeParse(STRINGS[lang]);
      expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
    });
  }

  it('the schema catches typos, lost placeholders and missing plural forms', () => {
    const schema = stringsSchema('ru', STRINGS.ru!);
    const bad = schema.safeParse({ 'nav.hmoe': 'x', 'pagination.page': 'Страница {num}', 'count.releases.one': '{count} релиз' });
    expect(bad.success).toBe(false);
    const messages = bad.error!.issues.map((i) => `${String(i.path[0])}: ${i.message}`);
    expect(messages).toContain('nav.hmoe: unknown key "nav.hmoe" (not in ru.json)');
    expect(messages).toContain('pagination.page: unknown placeholder {num}');
    expect(messages).toContain('count.releases.few: plural category "few" missing for ru');
  });

  it('lists untranslated keys; shipped languages have none', () => {
    const report = Object.fromEntries(ALL_CODES.map((l) => [l, missingKeys(l)]));
    console.info('untranslated UI strings per language:', report);
    for (const lang of SHIPPED) expect(report[lang], lang).toEqual([]);
  });

  it('falls back to the reference language for a missing key', () => {
    expect(t('xx', 'nav.home')).toBe(STRINGS.ru!['nav.home']);
    expect(plural('xx', 'count.releases', 5)).toBe('5 пресс-релизов');
    expect(() => t('en', 'no.such.key')).toThrow(/ru\.json/);
  });

  it('pluralises through Intl.PluralRules in each language', () => {
    expect([1, 2, 5, 21, 11].map((n) => plural('ru', 'count.releases', n))).toEqual([
      '1 пресс-релиз', '2 пресс-релиза', '5 пресс-релизов', '21 пресс-релиз', '11 пресс-релизов',
    ]);
    expect([1, 2].map((n) => plural('en', 'count.releases', n))).toEqual(['1 press release', '2 press releases']);
    expect(plural('ar', 'count.releases', 2)).toBe('بيانان صحفيان');
    expect(plural('en', 'count.releases', 1200)).toBe('1,200 press releases');
  });
});

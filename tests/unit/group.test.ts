import { describe, expect, it } from 'vitest';
import { collator } from '../../src/i18n/format.ts';
import { alternatesOf, byFirstLetter, byMonth, groupReleases, indexItems, listOf, listPath } from '../../src/lib/site/group.ts';
import { indexReleases, type ReleaseData } from '../../src/lib/content/release.ts';
import { fakeRelease } from '../support/entries.ts';

const LANGS = ['ru', 'en', 'tg'];

const release = (id: string, date: string, patch: Partial<ReleaseData> = {}) => fakeRelease(id, { date: new Date(date), ...patch });
const countries = (...codes: string[]) => ({ participants: { countries: codes, organisations: [] } });

describe('grouping releases for index pages', () => {
  const index = indexReleases([
    release('ru/a', '2020-01-10T10:00:00Z', { ...countries('TJ', 'RU'), topics: [{ id: 'media' }] }),
    release('ru/b', '2021-03-05T10:00:00Z', { ...countries('TJ', 'TJ'), agency: { id: 'mds' } }),
    release('en/b', '2021-03-05T10:00:00Z', { ...countries('TJ'), translationKey: 'b' }),
    // 31 December 20:00 UTC is already 1 January in Dushanbe: the local year counts.
    release('ru/c', '2021-12-31T20:00:00Z', countries('RU')),
  ], LANGS);
  const groups = groupReleases(index.byLang);

  it('lists each release under each of its countries, agency, topics and local year, per language, newest first', () => {
    expect(listOf(groups, 'country', 'ru', 'TJ').map((r) => r.id)).toEqual(['ru/b', 'ru/a']);
    expect(listOf(groups, 'country', 'ru', 'RU').map((r) => r.id)).toEqual(['ru/c', 'ru/a']);
    expect(listOf(groups, 'country', 'en', 'TJ').map((r) => r.id)).toEqual(['en/b']);
    expect(listOf(groups, 'country', 'en', 'RU')).toEqual([]);
    expect(listOf(groups, 'agency', 'ru', 'khovar').map((r) => r.id)).toEqual(['ru/c', 'ru/a']);
    expect(listOf(groups, 'topic', 'ru', 'media').map((r) => r.id)).toEqual(['ru/a']);
    expect([...groups.year.get('ru')!.keys()]).toEqual(['2022', '2021', '2020']);
    expect(groups.country.get('tg')!.size).toBe(0);
  });

  it('links a list only in the languages where it has releases', () => {
    expect(alternatesOf(groups, 'country', 'TJ', LANGS)).toEqual([
      { lang: 'ru', path: '/ru/countries/tj/' }, { lang: 'en', path: '/en/countries/tj/' },
    ]);
    expect(alternatesOf(groups, 'country', 'RU', LANGS)).toEqual([{ lang: 'ru', path: '/ru/countries/ru/' }]);
    expect(listPath('agency', 'en', 'mfa-tj')).toBe('/en/agencies/mfa-tj/');
    expect(listPath('year', 'tg', '2020')).toBe('/tg/archive/2020/');
  });

  it('counts and sorts index entries by name in the page language', () => {
    const names: Record<string, string> = { TJ: 'Таджикистан', RU: 'Россия' };
    expect(indexItems(groups, 'country', 'ru', (c) => names[c]!)).toEqual([
      { key: 'RU', name: 'Россия', count: 2 }, { key: 'TJ', name: 'Таджикистан', count: 2 },
    ]);
  });

  it('files each of 10,000 releases under every country it names, once (speed is measured by npm run bench)', () => {
    const codes = Array.from({ length: 60 }, (_, i) => `C${i}`);
    const many = Array.from({ length: 10_000 }, (_, i) =>
      release(`ru/r${i}`, new Date(Date.UTC(2000, 0, 1) + i * 3_600_000).toISOString(), countries(codes[i % 60]!, codes[(i * 7) % 60]!)));
    const big = groupReleases(new Map([['ru', many]]));
    expect([...big.country.get('ru')!.values()].reduce((n, l) => n + l.length, 0)).toBe(many.reduce((n, r) => n + new Set(r.data.participants.countries).size, 0));
  });
});

describe('letters and months', () => {
  const named = (...names: string[]) => names.map((name) => ({ name }));
  const headings = (names: string[], lang: string) => byFirstLetter(named(...names), lang).map((r) => `${r.letter}:${r.items.length}`);

  it('groups a sorted list by first letter, keeping letters a language does not distinguish together', () => {
    expect(headings(['Åland Islands', 'Austria', 'Belarus', 'bhutan'], 'en')).toEqual(['A:2', 'B:2']);
    expect(headings(['Ежевика', 'Ёлка', 'Ель', 'Жук'], 'ru')).toEqual(['Е:3', 'Ж:1']);
    // Tajik has separate letters that look like accented ones.
    expect(headings(['Уганда', 'Украина', 'Ӯзбекистон', 'Қатар'].sort(collator('tg').compare), 'tg')).toEqual(['Қ:1', 'У:2', 'Ӯ:1']);
  });

  it('splits a year into months, newest first', () => {
    const list = [release('ru/x', '2020-10-07T10:00:00Z'), release('ru/y', '2020-10-01T10:00:00Z'), release('ru/z', '2020-04-30T20:00:00Z')];
    // 30 April 20:00 UTC is 1 May in Dushanbe.
    expect(byMonth(list).map((m) => [m.year, m.month, m.releases.length])).toEqual([[2020, 10, 2], [2020, 5, 1]]);
  });
});

describe('collation', () => {
  it('orders Russian А..Я, with Ё among Е', () => {
    const words = ['Япония', 'Армения', 'Ёлкино', 'Египет', 'Швеция', 'Эстония', 'Беларусь'];
    expect(words.sort(collator('ru').compare)).toEqual(['Армения', 'Беларусь', 'Египет', 'Ёлкино', 'Швеция', 'Эстония', 'Япония']);
  });

  it('orders Tajik by its alphabet: Ғ after Г, Ӣ after И, Қ after К, Ӯ after У, Ҳ after Х, Ҷ after Ч', () => {
    const expected = ['Гурҷистон', 'Ғарб', 'Ирон', 'Исроил', 'Ӣ-мейл', 'Кения', 'Куба', 'Қазоқистон', 'Уганда', 'Украина', 'Ӯзбекистон', 'Фаронса', 'Хитой', 'Ҳиндустон', 'Чили', 'Ҷумҳурии Чех', 'Шветсия'];
    const shuffled = [...expected].reverse();
    expect(shuffled.sort(collator('tg').compare)).toEqual(expected);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateRangeFilter, dayValue, isDay, NO_DAY, writeDay } from '../../src/lib/search/dates.ts';
import { datePatterns, formatDate } from '../../src/i18n/format.ts';
import { ALL_CODES } from '../../src/i18n/locales.ts';

const bounds = { min: '2019-03-01', max: '2026-11-30' };

/** Every day within the bounds. */
const ALL_DAYS: string[] = [];
for (let t = Date.parse(`${bounds.min}T00:00:00Z`); t <= Date.parse(`${bounds.max}T00:00:00Z`); t += 86_400_000) {
  ALL_DAYS.push(new Date(t).toISOString().slice(0, 10));
}

/** The days a filter from dateRangeFilter lets through, over every day within the bounds. */
function matched(filter: Record<string, unknown>[]): string[] {
  const years = new Set<string>();
  const days = new Set<string>();
  for (const alt of filter) {
    const { year, day } = alt as { year?: { any: string[] }; day?: { any: string[] } | string };
    for (const y of year?.any ?? []) years.add(y);
    if (typeof day === 'string') days.add(day);
    else for (const d of day?.any ?? []) days.add(d);
  }
  return ALL_DAYS.filter((d) => years.has(d.slice(0, 4)) || days.has(d));
}

describe('date range filter', () => {
  it('knows real days', () => {
    expect(isDay('2024-02-29')).toBe(true);
    expect(isDay('2023-02-29')).toBe(false);
    expect(isDay('2020-1-5')).toBe(false);
    expect(dayValue({ year: 2020, month: 1, day: 5 })).toBe('2020-01-05');
  });

  it('matches nothing for a range outside the releases', () => {
    expect(dateRangeFilter('2030-01-01', '2031-01-01', bounds)).toEqual([{ day: NO_DAY }]);
  });

  it('matches exactly the days from..to, for ranges across year ends, leap days and the site bounds', () => {
    const edges = ['2018-06-01', '2019-02-28', '2019-03-01', '2019-03-02', '2019-12-31', '2020-01-01', '2020-02-29',
      '2020-07-15', '2021-12-31', '2022-01-01', '2024-03-01', '2026-11-29', '2026-11-30', '2026-12-01', '2027-06-01'];
    for (const from of edges) for (const to of edges) {
      if (from > to) continue;
      const filter = dateRangeFilter(from, to, bounds);
      const expected = ALL_DAYS.filter((d) => d >= from && d <= to);
      expect(matched(filter).join(), `${from}..${to}`).toBe(expected.join());
      // Small whatever the span: at most two partial years of single days.
      const days = filter.flatMap((f) => ((f as { day?: { any: string[] } }).day?.any ?? []));
      expect(days.length).toBeLessThanOrEqual(2 * 366);
    }
  });
});

describe('a day written in the page\'s language (filter summary, turned-range note)', () => {
  it('writes what the site\'s date formatter writes, from the build\'s patterns alone, in every language', () => {
    const patterns = Object.fromEntries(ALL_CODES.map((lang) => [lang, datePatterns(lang)]));
    fc.assert(fc.property(fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }), (date) => {
      const day = date.toISOString().slice(0, 10);
      for (const lang of ALL_CODES) expect(writeDay(day, patterns[lang]!), lang).toBe(formatDate(date, 'UTC', lang));
    }));
  });

  it('writes the month by name, the Tajik one in lower case', () => {
    expect(writeDay('2020-01-01', datePatterns('ru'))).toBe('1 января 2020 г.');
    expect(writeDay('2026-10-07', datePatterns('en'))).toBe('7 October 2026');
    expect(writeDay('2020-01-01', datePatterns('tg'))).toBe('1 январ 2020');
  });

  it('leaves what it cannot write as it is', () => {
    expect(writeDay('2020-01-01', { months: [], digits: '0123456789' })).toBe('2020-01-01');
    expect(writeDay('soon', datePatterns('ru'))).toBe('soon');
  });

  it('uses the language\'s own digits', () => {
    const eastern = { months: datePatterns('en').months, digits: '٠١٢٣٤٥٦٧٨٩' };
    expect(writeDay('2020-01-07', eastern)).toBe('٧ January ٢٠٢٠');
  });
});

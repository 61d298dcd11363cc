import { describe, expect, it } from 'vitest';
import { effectiveSort, filterCount, isActive, pagefindOptions, parseState, readState, stateQuery, withoutFacet } from '../../src/lib/search/state.ts';

const known: Record<string, string> = { 'country:tj': 'Таджикистан', 'country:ru': 'Россия', 'agency:khovar': 'НИАТ «Ховар»' };
const labels = (facet: string, value: string) => known[`${facet}:${value}`];
const bounds = { min: '2019-03-01', max: '2026-11-30' };

describe('search state in the URL', () => {
  it('reads query, several values per filter, date range and order, ignoring unknown parameters and values', () => {
    expect(parseState('?q=+консультации+&country=tj&country=ru&country=tj&year=2020&from=2020-01-01&to=2020-06-30&sort=newest&utm=x')).toEqual({
      q: 'консультации', filters: { country: ['tj', 'ru'], year: ['2020'] }, from: '2020-01-01', to: '2020-06-30', sort: 'newest',
    });
    expect(parseState('?sort=random&agency=&from=2020-02-30&to=yesterday')).toEqual({ q: '', filters: {}, from: '', to: '', sort: 'relevance' });
    // A range typed backwards is the same range.
    expect(parseState('?from=2021-05-01&to=2020-01-01')).toMatchObject({ from: '2020-01-01', to: '2021-05-01' });
  });

  it('says which values of a shared link it dropped and when it turned a backwards range round', () => {
    expect(readState('?from=2025-02-30&q=x').notes).toEqual({ ignored: ['from=2025-02-30'], swapped: false });
    expect(readState('?from=abc&country=zz&to=yesterday&sort=random').notes).toEqual({ ignored: ['from=abc', 'to=yesterday', 'sort=random'], swapped: false });
    const back = readState('?from=2026-01-01&to=2020-01-01');
    expect(back.notes).toEqual({ ignored: [], swapped: true });
    expect(stateQuery(back.state)).toBe('?from=2020-01-01&to=2026-01-01');
    // A corrected link reads back with nothing to say.
    expect(readState(stateQuery(back.state)).notes).toEqual({ ignored: [], swapped: false });
    expect(readState('?q=a&from=2020-01-01&to=2020-01-01&sort=newest').notes).toEqual({ ignored: [], swapped: false });
  });

  it('writes a stable query string without defaults, and reads it back to the same state', () => {
    const state = { q: 'СНГ & Минск', filters: { year: ['2025'], country: ['by', 'tj'] }, from: '2025-01-01', to: '', sort: 'relevance' as const };
    const query = stateQuery(state);
    expect(query).toBe('?q=%D0%A1%D0%9D%D0%93+%26+%D0%9C%D0%B8%D0%BD%D1%81%D0%BA&country=by&country=tj&year=2025&from=2025-01-01');
    expect(parseState(query)).toEqual(state);
    expect(stateQuery(parseState(''))).toBe('');
  });

  it('searches when there is a query, a filter value or a date; counts the filters set', () => {
    expect(isActive(parseState(''))).toBe(false);
    expect(isActive(parseState('?sort=oldest'))).toBe(false);
    expect(isActive(parseState('?topic=media'))).toBe(true);
    expect(isActive(parseState('?to=2020-01-01'))).toBe(true);
    expect(isActive(parseState('?q=x'))).toBe(true);
    expect(filterCount(parseState('?q=x&country=tj&country=ru&from=2020-01-01'))).toBe(3);
  });

  it('lists newest first when there is no query to rank by', () => {
    expect(effectiveSort(parseState('?country=tj'))).toBe('newest');
    expect(effectiveSort(parseState('?country=tj&sort=oldest'))).toBe('oldest');
    expect(effectiveSort(parseState('?q=a'))).toBe('relevance');
    expect(pagefindOptions(parseState('?country=tj'), { labels, bounds }).sort).toEqual({ date: 'desc' });
  });

  it('turns URL values into the localized labels Pagefind stores, any of them matching, and the order into a date sort', () => {
    expect(pagefindOptions(parseState('?q=a&country=tj&country=ru&agency=khovar&sort=oldest'), { labels, bounds })).toEqual({
      filters: { country: { any: ['Таджикистан', 'Россия'] }, agency: { any: ['НИАТ «Ховар»'] } }, sort: { date: 'asc' },
    });
    expect(pagefindOptions(parseState('?q=a&sort=newest'), { labels, bounds })).toEqual({ filters: {}, sort: { date: 'desc' } });
    expect(pagefindOptions(parseState('?q=a'), { labels, bounds })).toEqual({ filters: {} });
    // An unknown value is passed through: it matches nothing rather than being dropped.
    expect(pagefindOptions(parseState('?country=zz'), { labels, bounds }).filters).toEqual({ country: { any: ['zz'] } });
  });

  it('names every facet when counts are wanted, and drops a facet for its own counts', () => {
    const state = parseState('?q=a&country=tj&year=2020');
    expect(pagefindOptions(state, { labels, bounds, countAll: true }).filters).toEqual({
      country: { any: ['Таджикистан'] }, agency: [], topic: [], year: { any: ['2020'] },
    });
    expect(withoutFacet(state, 'country').filters).toEqual({ year: ['2020'] });
    expect(state.filters.country).toEqual(['tj']);
  });

  it('adds the date range as whole years and the days at its ends', () => {
    const filters = pagefindOptions(parseState('?q=a&from=2020-12-30&to=2022-01-02'), { labels, bounds }).filters;
    expect(filters).toEqual({ any: [{ year: { any: ['2021'] } }, { day: { any: ['2020-12-30', '2020-12-31', '2022-01-01', '2022-01-02'] } }] });
    // Only "to": from the first release on.
    expect(pagefindOptions(parseState('?to=2020-01-01'), { labels, bounds }).filters).toEqual({ any: [{ year: { any: ['2019'] } }, { day: { any: ['2020-01-01'] } }] });
  });
});

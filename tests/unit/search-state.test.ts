import { describe, expect, it } from 'vitest';
import { isActive, pagefindOptions, parseState, stateQuery } from '../../src/lib/search/state.ts';

describe('search state in the URL', () => {
  it('reads query, filters and order, ignoring unknown parameters and orders', () => {
    expect(parseState('?q=+консультации+&country=tj&year=2020&sort=newest&utm=x')).toEqual({
      q: 'консультации', filters: { country: 'tj', year: '2020' }, sort: 'newest',
    });
    expect(parseState('?sort=random&agency=')).toEqual({ q: '', filters: {}, sort: 'relevance' });
  });

  it('writes a stable query string without defaults, and reads it back to the same state', () => {
    const state = { q: 'СНГ & Минск', filters: { year: '2025', country: 'by' }, sort: 'relevance' as const };
    const query = stateQuery(state);
    expect(query).toBe('?q=%D0%A1%D0%9D%D0%93+%26+%D0%9C%D0%B8%D0%BD%D1%81%D0%BA&country=by&year=2025');
    expect(parseState(query)).toEqual(state);
    expect(stateQuery(parseState(''))).toBe('');
  });

  it('searches only when there is a query or a filter', () => {
    expect(isActive(parseState(''))).toBe(false);
    expect(isActive(parseState('?sort=oldest'))).toBe(false);
    expect(isActive(parseState('?topic=media'))).toBe(true);
    expect(isActive(parseState('?q=x'))).toBe(true);
  });

  it('turns URL values into the localized labels Pagefind stores, and the order into a date sort', () => {
    const known: Record<string, string> = { 'country:tj': 'Таджикистан', 'agency:khovar': 'НИАТ «Ховар»' };
    const labels = (facet: string, value: string) => known[`${facet}:${value}`];
    expect(pagefindOptions(parseState('?q=a&country=tj&agency=khovar&sort=oldest'), labels)).toEqual({
      filters: { country: 'Таджикистан', agency: 'НИАТ «Ховар»' }, sort: { date: 'asc' },
    });
    expect(pagefindOptions(parseState('?q=a&sort=newest'), labels)).toEqual({ filters: {}, sort: { date: 'desc' } });
    expect(pagefindOptions(parseState('?q=a'), labels)).toEqual({ filters: {} });
    // An unknown value is passed through: it matches nothing rather than being dropped.
    expect(pagefindOptions(parseState('?country=zz'), labels).filters).toEqual({ country: 'zz' });
  });
});

/**
 * The state of a search as it lives in the URL
 * (`?q=…&country=tj&country=ru&from=2020-01-01&to=2020-12-31&sort=newest`),
 * so a search can be shared, reloading restores it and the back button works.
 * Pure: used by the browser module and the unit tests.
 */
import { dateRangeFilter, isDay } from './dates.ts';

/** Filterable facets, in the order the search form shows them. */
export const FACETS = ['country', 'agency', 'topic', 'year'] as const;
/** Letters of a query kept (the search box's maxlength too): a longer one made links hosts refuse (HTTP 431). */
export const MAX_QUERY = 200;
export type Facet = (typeof FACETS)[number];

/** Result orders: Pagefind's relevance ranking, or by release date. */
export const SORTS = ['relevance', 'newest', 'oldest'] as const;
export type Sort = (typeof SORTS)[number];

export interface SearchState {
  q: string;
  /** Chosen URL values per facet (a release matches any of them); absent means any. */
  filters: Partial<Record<Facet, string[]>>;
  /** First and last day of the date range (YYYY-MM-DD, release's local date), or "". */
  from: string;
  to: string;
  sort: Sort;
}

/** What a query string asked for that its state does not keep, so the page can say so. */
export interface StateNotes {
  /** Parameters whose value is not a real day or order, as `name=value`, in URL order. */
  ignored: string[];
  /** The date range came backwards (from after to) and was turned round. */
  swapped: boolean;
}

/** Reads a state from a query string; unknown parameters and values are ignored. */
export const parseState = (search: string | URLSearchParams): SearchState => readState(search).state;

/** The state of a query string, and what of it was dropped or turned round. */
export function readState(search: string | URLSearchParams): { state: SearchState; notes: StateNotes } {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const ignored: string[] = [];
  const filters: SearchState['filters'] = {};
  for (const f of FACETS) {
    const values = [...new Set(params.getAll(f).map((v) => v.trim()).filter(Boolean))];
    if (values.length) filters[f] = values;
  }
  const day = (name: string) => {
    const v = params.get(name)?.trim() ?? '';
    if (v && !isDay(v)) ignored.push(`${name}=${v}`);
    return isDay(v) ? v : '';
  };
  let [from, to] = [day('from'), day('to')];
  // A range typed backwards means the same days; the page says it turned them round.
  const swapped = Boolean(from && to && from > to);
  if (swapped) [from, to] = [to, from];
  const sortValue = params.get('sort')?.trim() ?? '';
  const sort = SORTS.find((s) => s === sortValue);
  if (sortValue && !sort) ignored.push(`sort=${sortValue}`);
  const q = [...(params.get('q') ?? '').trim()].slice(0, MAX_QUERY).join('').trim();
  return { state: { q, filters, from, to, sort: sort ?? 'relevance' }, notes: { ignored, swapped } };
}

/** The query string for a state, without defaults, in a stable order ("" when empty). */
export function stateQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const f of FACETS) for (const v of state.filters[f] ?? []) params.append(f, v);
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** How many filters are set (each facet value and each end of the date range counts one). */
export const filterCount = (state: SearchState): number =>
  FACETS.reduce((n, f) => n + (state.filters[f]?.length ?? 0), 0) + (state.from ? 1 : 0) + (state.to ? 1 : 0);

/** Whether there is anything to search for: a query or at least one filter. */
export const isActive = (state: SearchState): boolean => state.q !== '' || filterCount(state) > 0;

/** The order results come in: without a query there is no relevance, so newest first. */
export const effectiveSort = (state: SearchState): Exclude<Sort, 'relevance'> | 'relevance' =>
  state.q ? state.sort : state.sort === 'oldest' ? 'oldest' : 'newest';

/** The same state without one facet's values: its options' counts must not be narrowed by themselves. */
export const withoutFacet = (state: SearchState, facet: Facet): SearchState => {
  const { [facet]: _dropped, ...filters } = state.filters;
  return { ...state, filters };
};

export interface PagefindOptionsInput {
  /** Localized label of a facet's URL value, which is what the index stores. */
  labels: (facet: Facet, value: string) => string | undefined;
  /** First and last release day of the site (YYYY-MM-DD): the date range is clipped to them. */
  bounds: { min: string; max: string };
  /** Name every facet, so Pagefind loads their filter data and counts the results by each value. */
  countAll?: boolean;
}

/**
 * Pagefind search options for a state. Values of one facet are alternatives
 * (`any`), facets and the date range narrow each other. An unknown value
 * filters to a label that matches nothing, so a stale link shows no results,
 * not everything.
 */
export function pagefindOptions(state: SearchState, { labels, bounds, countAll = false }: PagefindOptionsInput) {
  const filters: Record<string, unknown> = {};
  for (const f of FACETS) {
    const values = state.filters[f];
    if (values?.length) filters[f] = { any: values.map((v) => labels(f, v) ?? v) };
    // An empty list loads the facet's filter data without narrowing anything.
    else if (countAll) filters[f] = [];
  }
  if (state.from || state.to) filters.any = dateRangeFilter(state.from || bounds.min, state.to || bounds.max, bounds);
  const sort = effectiveSort(state);
  return { filters, ...(sort === 'relevance' ? {} : { sort: { date: sort === 'newest' ? 'desc' : 'asc' } }) };
}

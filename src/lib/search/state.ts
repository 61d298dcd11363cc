/**
 * The state of a search as it lives in the URL (`?q=…&country=tj&sort=newest`),
 * so a search can be shared, reloading restores it and the back button works.
 * Pure: used by the browser module and the unit tests.
 */

/** Filterable facets, in the order the search form shows them. */
export const FACETS = ['country', 'agency', 'topic', 'year'] as const;
export type Facet = (typeof FACETS)[number];

/** Result orders: Pagefind's relevance ranking, or by release date. */
export const SORTS = ['relevance', 'newest', 'oldest'] as const;
export type Sort = (typeof SORTS)[number];

export interface SearchState {
  q: string;
  /** One chosen URL value per facet; absent means any. */
  filters: Partial<Record<Facet, string>>;
  sort: Sort;
}

/** Reads a state from a query string; unknown parameters and values are ignored. */
export function parseState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters: SearchState['filters'] = {};
  for (const f of FACETS) {
    const v = params.get(f)?.trim();
    if (v) filters[f] = v;
  }
  const sort = params.get('sort') as Sort | null;
  return { q: (params.get('q') ?? '').trim(), filters, sort: sort && SORTS.includes(sort) ? sort : 'relevance' };
}

/** The query string for a state, without defaults, in a stable order ("" when empty). */
export function stateQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const f of FACETS) if (state.filters[f]) params.set(f, state.filters[f]!);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Whether there is anything to search for: a query or at least one filter. */
export const isActive = (state: SearchState): boolean => state.q !== '' || Object.keys(state.filters).length > 0;

/**
 * Pagefind search options for a state. `labels` maps a facet's URL value to its
 * localized label, which is what the index stores; an unknown value filters to
 * a label that matches nothing, so a stale link shows no results, not everything.
 */
export function pagefindOptions(state: SearchState, labels: (facet: Facet, value: string) => string | undefined) {
  const filters: Record<string, string> = {};
  for (const f of FACETS) {
    const v = state.filters[f];
    if (v) filters[f] = labels(f, v) ?? v;
  }
  const sort = state.sort === 'newest' ? { date: 'desc' } : state.sort === 'oldest' ? { date: 'asc' } : undefined;
  return { filters, ...(sort ? { sort } : {}) };
}

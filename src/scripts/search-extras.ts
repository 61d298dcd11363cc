/**
 * What follows a search's results: the counts beside the filter options and, when the page's
 * language finds little, how many the query finds in each other language. Both cost searches
 * of their own (the hint loads the other languages' indexes), so they come once typing has
 * paused, and are dropped when a newer search has taken over.
 */
import type { NumberStyle } from '../lib/search/numbers.ts';
import { stateQuery, type SearchState } from '../lib/search/state.ts';
import type { searchWorker } from './search-client.ts';
import { showCounts, showElsewhere, type Strings } from './search-view.ts';

/** Fewer results than this in the page's language: say what the other languages have. */
export const LITTLE = 3;

export interface ExtrasInput {
  form: HTMLFormElement;
  ask: ReturnType<typeof searchWorker>;
  strings: Strings;
  numbers: NumberStyle;
  count: (n: number) => string;
  others: { lang: string; name: string; search: string }[];
  /** The token of the newest search. */
  latest: () => number;
}

export function searchExtras({ form, ask, strings, numbers, count, others, latest }: ExtrasInput) {
  const data = form.dataset;
  const elsewhere = document.getElementById('search-elsewhere')!;
  let timer: ReturnType<typeof setTimeout> | undefined;

  /** The counts beside the filter options for the search shown, unless a newer one took over. */
  async function counts(state: SearchState, token: number): Promise<void> {
    try {
      const found = await ask('counts', { state });
      if (token !== latest()) return;
      showCounts(form, found, numbers);
      data.counted = stateQuery(state);
    } catch (error) {
      console.error(error);
    }
  }

  /** With nothing or little found, how many the query finds in each other language. */
  async function hint(state: SearchState, found: number, token: number): Promise<void> {
    if (!state.q || found >= LITTLE) {
      elsewhere.hidden = true;
      data.hinted = stateQuery(state);
      return;
    }
    const counts = await Promise.all(others.map(async (o) => ({ ...o, count: await ask('count', { lang: o.lang, q: state.q }).catch(() => 0) })));
    if (token !== latest()) return;
    showElsewhere(elsewhere, counts, state.q, strings, count);
    data.hinted = stateQuery(state);
  }

  return {
    /** After the results of search `token` (`found` of them): the counts and the hint follow `after` ms later. */
    follow(state: SearchState, found: number, token: number, after: number): void {
      clearTimeout(timer);
      // The other languages' indexes load for the hint only once typing has paused, as the counts do.
      const hintNow = !state.q || found >= LITTLE;
      if (hintNow) void hint(state, found, token);
      timer = setTimeout(() => {
        if (!hintNow) void hint(state, found, token);
        void counts(state, token);
      }, after);
    },
    /** A key was typed or another search started: what was waiting is not wanted. */
    cancel(): void {
      clearTimeout(timer);
    },
    /** Nothing searched: no counts, no hint. */
    clear(state: SearchState): void {
      clearTimeout(timer);
      elsewhere.hidden = true;
      showCounts(form, undefined, numbers);
      data.hinted = data.counted = stateQuery(state);
    },
  };
}

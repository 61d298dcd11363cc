/**
 * The search form as a search state, both ways. The order menu shows the order
 * actually used: with no query words there is no relevance, so it shows
 * "newest first" (or "oldest first") and does not offer "best match"; the
 * reader's own choice is kept and applies again once words are typed.
 */
import { effectiveSort, FACETS, parseState, type Facet, type SearchState, type Sort } from '../lib/search/state.ts';
import type { Setup } from './search-protocol.ts';

export interface SearchForm {
  read(): SearchState;
  fill(state: SearchState): void;
  /** Shows in the order menu the order `state` is listed in. */
  showSort(state: SearchState): void;
  /** Each option's localized label, as the index stores it (sent to the worker too). */
  labelMap: Setup['labels'];
  label(f: Facet, value: string): string | undefined;
}

export function searchForm(form: HTMLFormElement): SearchForm {
  const boxes = (f: Facet) => [...form.querySelectorAll<HTMLInputElement>(`input[name="${f}"]`)];
  const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement;
  const sort = form.elements.namedItem('sort') as HTMLSelectElement;
  const relevance = sort.querySelector<HTMLOptionElement>('option[value="relevance"]')!;
  // The reader's choice, which the menu does not show while there are no words to rank by.
  let chosen = sort.value as Sort;
  // On the menu itself, before the form's own change listener reads the form.
  sort.addEventListener('change', () => { chosen = sort.value as Sort; });

  // Read once from the form.
  const labelMap: Setup['labels'] = {};
  for (const f of FACETS) for (const b of boxes(f)) (labelMap[f] ??= {})[b.value] = b.dataset.label!;

  function showSort(state: SearchState): void {
    relevance.disabled = !state.q;
    sort.value = effectiveSort(state);
  }

  return {
    read() {
      const params = new URLSearchParams(new FormData(form) as unknown as Record<string, string>);
      params.set('sort', chosen);
      return parseState(params);
    },
    fill(state) {
      field('q').value = state.q;
      for (const f of FACETS) for (const b of boxes(f)) b.checked = state.filters[f]?.includes(b.value) ?? false;
      field('from').value = state.from;
      field('to').value = state.to;
      chosen = state.sort;
      showSort(state);
    },
    showSort,
    labelMap,
    label: (f, value) => labelMap[f]?.[value],
  };
}

/**
 * What the search page tells about the link it was opened with, and how the
 * filter box shows what is chosen. A shared link may carry a day that does not
 * exist, a value the site has no release for, or a date range written
 * backwards: the page searches the corrected state (the URL and the inputs
 * show it) and says what it dropped or turned round, instead of a blank page.
 */
import { writeDay, type DayPatterns } from '../lib/search/dates.ts';
import { formatCount, type NumberStyle } from '../lib/search/numbers.ts';
import { FACETS, filterCount, readState, type Facet, type SearchState } from '../lib/search/state.ts';

export interface LinkStrings { ignored: string; swapped: string; from: string; to: string; dates: DayPatterns }

/** The note that a date range was turned round, in the page's language, its days written as the site writes dates. */
const swappedNote = (strings: LinkStrings, from: string, to: string) =>
  strings.swapped.replace('{from}', writeDay(from, strings.dates)).replace('{to}', writeDay(to, strings.dates));

/** The note for a query string, or '' when it was used as it is; `known` says whether a filter value is an option. */
export function linkNote(search: string, known: (f: Facet, value: string) => boolean, strings: LinkStrings): string {
  const params = new URLSearchParams(search);
  const { state, notes } = readState(params);
  const dropped = new Set(notes.ignored);
  for (const f of FACETS) for (const v of state.filters[f] ?? []) if (!known(f, v)) dropped.add(`${f}=${v}`);
  // In the order the link has them.
  const named = [...new Set([...params].map(([k, v]) => `${k}=${v.trim()}`).filter((p) => dropped.has(p)))];
  const parts: string[] = [];
  if (named.length) parts.push(strings.ignored.replace('{values}', named.join(', ')));
  if (notes.swapped) parts.push(swappedNote(strings, state.from, state.to));
  return parts.join(' ');
}

/** Shows the note for the page's link until the reader searches again or steps through history. */
export function showLinkNote(note: HTMLElement, forms: (HTMLFormElement | null | undefined)[], known: (f: Facet, value: string) => boolean, strings: LinkStrings): void {
  note.textContent = linkNote(location.search, known, strings);
  note.hidden = !note.textContent;
  const hide = () => { note.hidden = true; };
  for (const form of forms) for (const type of ['input', 'change', 'submit']) form?.addEventListener(type, hide);
  window.addEventListener('popstate', hide);
}

/**
 * The filter summary: how many are set and which ("(2): Таджикистан, С 1 января 2020 г."),
 * so a chosen filter is named even while its list is scrolled or folded. The box opens when one is set.
 */
export function showChosen(box: HTMLDetailsElement, state: SearchState, label: (f: Facet, v: string) => string | undefined, strings: LinkStrings, numbers: NumberStyle): void {
  const n = filterCount(state);
  const names = [
    ...FACETS.flatMap((f) => (state.filters[f] ?? []).map((v) => label(f, v) ?? v)),
    ...(state.from ? [`${strings.from} ${writeDay(state.from, strings.dates)}`] : []),
    ...(state.to ? [`${strings.to} ${writeDay(state.to, strings.dates)}`] : []),
  ];
  box.querySelector('.search-filter-count')!.textContent = n ? `(${formatCount(n, numbers)})` : '';
  box.querySelector('.search-filter-chosen')!.textContent = n ? `: ${names.join(', ')}` : '';
  if (n) box.open = true;
}

/**
 * Puts the ticked options at the top of their lists (the rest keep the page's order), so the
 * filters of a link or of a step back are in view in a list that scrolls. Only when a state is
 * restored: an option the reader ticks stays where it is.
 */
export function chosenFirst(form: HTMLFormElement): void {
  for (const list of form.querySelectorAll<HTMLUListElement>('.search-facet ul')) {
    const items = [...list.children] as HTMLLIElement[];
    items.forEach((li, i) => { if (!place.has(li)) place.set(li, i); });
    const ticked = (li: HTMLLIElement) => (li.querySelector('input')!.checked ? 0 : 1);
    const sorted = [...items].sort((a, b) => ticked(a) - ticked(b) || place.get(a)! - place.get(b)!);
    // Moving a long list costs its layout again (44 ms for a 10,000-release site's lists): only when its order changes.
    if (!sorted.every((li, i) => li === items[i])) list.replaceChildren(...sorted);
    if (sorted[0] && ticked(sorted[0]) === 0) list.scrollTop = 0;
  }
}
/** Each option's place in the page as built. */
const place = new WeakMap<Element, number>();

/** A range entered backwards in the form is searched turned round (readState): the fields show it so, with the note a link gets. */
export function turnRange(form: HTMLFormElement, note: HTMLElement, strings: LinkStrings): void {
  const from = form.elements.namedItem('from') as HTMLInputElement;
  const to = form.elements.namedItem('to') as HTMLInputElement;
  if (!from.value || !to.value || from.value <= to.value) return;
  [from.value, to.value] = [to.value, from.value];
  note.textContent = swappedNote(strings, from.value, to.value);
  note.hidden = false;
}

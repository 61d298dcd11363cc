/**
 * The search page in the browser: reads the form, searches Pagefind's index for
 * the page's language, shows results with counts beside the filter options,
 * and keeps query, filters, dates and order in the URL (typing replaces the
 * history entry, submitting or changing a filter adds one; back and forward
 * restore the form). Pagefind loads on the first sign of intent.
 */
import { formatCount, type NumberStyle } from '../lib/search/numbers.ts';
import { FACETS, filterCount, isActive, parseState, stateQuery, type Facet, type SearchState } from '../lib/search/state.ts';
import { countIn, loader, preload, searchWithCounts, type Result } from './search-pagefind.ts';
import { counter, resultItem, showCounts, showElsewhere, type Strings } from './search-view.ts';

const PAGE = 10;
/**
 * The pause after a keystroke before searching: a little longer than this
 * reader's own gap between keys (so no search is started that the next key
 * makes stale, each one costing the worker's time), within these bounds.
 */
const TYPING_DELAY = { min: 40, max: 180 };
/** A query of one or two letters matches most of the archive: wait for a real pause before searching it. */
const SHORT_QUERY_DELAY = 300;
/** Fewer results than this in the page's language: say what the other languages have. */
const LITTLE = 3;

const form = document.querySelector<HTMLFormElement>('#search-form');
if (form) start(form);

function start(form: HTMLFormElement): void {
  const data = form.dataset;
  const strings = JSON.parse(data.strings!) as Strings;
  const numbers = JSON.parse(data.numbers!) as NumberStyle;
  const others = JSON.parse(data.others!) as { lang: string; name: string; search: string }[];
  const lang = document.documentElement.lang;
  const bounds = { min: data.min!, max: data.max! };
  const status = document.getElementById('search-status')!;
  const list = document.getElementById('search-results') as HTMLOListElement;
  const more = document.getElementById('search-more') as HTMLButtonElement;
  const elsewhere = document.getElementById('search-elsewhere')!;
  const filtersBox = document.getElementById('search-filters') as HTMLDetailsElement;
  const input = form.elements.namedItem('q') as HTMLInputElement;
  const header = document.querySelector<HTMLInputElement>('#site-search');
  const count = counter(lang, strings, numbers);
  const boxes = (f: Facet) => [...form.querySelectorAll<HTMLInputElement>(`input[name="${f}"]`)];
  const labels = (f: Facet, value: string) => boxes(f).find((b) => b.value === value)?.dataset.label;

  const load = loader(data.bundle!, data.base!);
  const otherLoaders = new Map(others.map((o) => [o.lang, loader(data.bundle!, data.base!, o.lang)]));
  const intent = () => void load().catch(() => {});
  for (const el of [input, header]) {
    el?.addEventListener('focus', intent, { once: true });
    el?.addEventListener('pointerdown', intent, { once: true });
  }

  const readForm = (): SearchState => parseState(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
  function fillForm(state: SearchState): void {
    input.value = state.q;
    if (header) header.value = state.q;
    for (const f of FACETS) for (const b of boxes(f)) b.checked = state.filters[f]?.includes(b.value) ?? false;
    (form.elements.namedItem('from') as HTMLInputElement).value = state.from;
    (form.elements.namedItem('to') as HTMLInputElement).value = state.to;
    (form.elements.namedItem('sort') as HTMLSelectElement).value = state.sort;
    markFilters(state);
  }
  /** The number of filters set, in the summary; the box opens when one is set. */
  function markFilters(state: SearchState): void {
    const n = filterCount(state);
    filtersBox.querySelector('.search-filter-count')!.textContent = n ? `(${formatCount(n, numbers)})` : '';
    if (n) filtersBox.open = true;
  }

  let latest = 0;
  let pending: Result[] = [];
  let committed = true;
  // Pagefind's worker answers one search at a time: while typing, at most one waits behind the running one.
  let busy = false;
  let again = false;
  /** Whether the filter data for the counts is loaded (by the first search that counted). */
  let counted = false;

  /** Runs a search for `state`, recording it in history as asked. */
  async function run(state: SearchState, record: 'push' | 'replace' | 'none', submitted = false): Promise<void> {
    const query = stateQuery(state);
    if (record !== 'none' && query !== location.search) history[record === 'push' ? 'pushState' : 'replaceState'](null, '', location.pathname + query);
    if (header) header.value = state.q;
    markFilters(state);
    const token = ++latest;
    if (!isActive(state)) {
      list.replaceChildren();
      more.hidden = true;
      elsewhere.hidden = true;
      showCounts(form, undefined, numbers);
      // An empty submit (here or from the header box) says what can be searched.
      status.textContent = submitted ? strings.empty : '';
      if (submitted) input.focus();
      data.hinted = query;
      data.counted = query;
      done(query);
      return;
    }
    if (!list.childElementCount) status.textContent = strings.loading;
    busy = true;
    try {
      const pf = await load();
      const found = await searchWithCounts(pf, state, lang, { labels, bounds }, counted);
      if (token !== latest) return;
      pending = found.results;
      const shown = await nextPage(token);
      if (!shown) return;
      list.replaceChildren(...shown);
      more.hidden = pending.length === 0;
      status.textContent = found.results.length ? strings.found.replace('{results}', count(found.results.length)) : strings.none;
      if (found.counts) showCounts(form, found.counts, numbers);
      done(query);
      void hint(state, found.results.length, token);
      // The first results came without counts: count now, and from here on with each search.
      const counts = found.counts ?? (await searchWithCounts(pf, state, lang, { labels, bounds })).counts;
      counted = true;
      if (token !== latest) return;
      showCounts(form, counts, numbers);
      data.counted = query;
    } catch (error) {
      if (token !== latest) return;
      status.textContent = strings.error;
      console.error(error);
      done(query);
    } finally {
      busy = false;
      if (again) typed();
    }
  }
  const done = (query: string) => { data.done = query; };

  /** With nothing or little found, how many the query finds in each other language. */
  async function hint(state: SearchState, found: number, token: number): Promise<void> {
    if (!state.q || found >= LITTLE) {
      elsewhere.hidden = true;
      data.hinted = stateQuery(state);
      return;
    }
    const counts = await Promise.all(others.map(async (o) => ({ ...o, count: await countIn(await otherLoaders.get(o.lang)!(), state.q, o.lang).catch(() => 0) })));
    if (token !== latest) return;
    showElsewhere(elsewhere, counts, state.q, strings, count);
    data.hinted = stateQuery(state);
  }

  /** The next page of result items, or undefined when a newer search took over. */
  async function nextPage(token: number): Promise<HTMLLIElement[] | undefined> {
    const batch = pending.slice(0, PAGE);
    pending = pending.slice(PAGE);
    const items = await Promise.all(batch.map((r) => r.data()));
    return token === latest ? items.map(resultItem) : undefined;
  }

  /** The search for what has been typed, unless one is running: then once that one is done. */
  function typed(): void {
    again = busy;
    if (busy) return;
    // The first keystroke after a finished search starts a new history entry; the rest refine it.
    void run(readForm(), committed ? 'push' : 'replace');
    committed = false;
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastKey = 0;
  // Until the reader's rhythm is known, assume an ordinary one, so early keys start no search.
  let gap = 140;
  /** How long to wait after this keystroke. */
  function pause(q: string): number {
    const at = performance.now();
    // Gaps over a second are pauses, not typing rhythm.
    if (lastKey && at - lastKey < 1000) gap = 0.6 * gap + 0.4 * (at - lastKey);
    lastKey = at;
    if ([...q].length < 3) return SHORT_QUERY_DELAY;
    return Math.min(TYPING_DELAY.max, Math.max(TYPING_DELAY.min, gap * 1.25));
  }
  const now = (submitted: boolean) => {
    // The pending typing search is covered by this one, which has its own history entry.
    clearTimeout(timer);
    again = false;
    committed = true;
    void run(readForm(), 'push', submitted);
  };
  form.addEventListener('submit', (event) => { event.preventDefault(); now(true); });
  form.addEventListener('change', (event) => { if (event.target !== input) now(false); });
  // On this page the header box searches here too, without reloading.
  header?.form?.addEventListener('submit', (event) => {
    event.preventDefault();
    input.value = header.value;
    now(true);
  });
  input.addEventListener('input', () => {
    const state = readForm();
    if (state.q) void load().then((pf) => preload(pf, state, lang, { labels, bounds })).catch(() => {});
    clearTimeout(timer);
    timer = setTimeout(typed, pause(state.q));
  });
  more.addEventListener('click', async () => {
    const token = latest;
    const shown = await nextPage(token);
    if (!shown) return;
    list.append(...shown);
    more.hidden = pending.length === 0;
    shown[0]?.querySelector('a')?.focus();
  });
  window.addEventListener('popstate', () => {
    fillForm(parseState(location.search));
    void run(readForm(), 'none');
  });

  form.hidden = false;
  const initial = parseState(location.search);
  fillForm(initial);
  // Wide screens have room for the filters; on a phone they wait behind their summary.
  if (matchMedia('(min-width: 48rem)').matches) filtersBox.open = true;
  // A link with an unknown filter value leaves its box unticked: search what the form shows.
  // "?q=" with nothing in it is an empty submit from the header box of another page.
  void run(readForm(), 'replace', new URLSearchParams(location.search).has('q') && !isActive(initial));
}

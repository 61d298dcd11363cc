/**
 * The search page in the browser: reads the form, searches Pagefind's index for
 * the page's language, shows results with counts beside the filter options,
 * and keeps query, filters, dates and order in the URL (typing replaces the
 * history entry, submitting or changing a filter adds one; back and forward
 * restore the form). Pagefind loads on the first sign of intent.
 */
import type { NumberStyle } from '../lib/search/numbers.ts';
import { FACETS, isActive, parseState, stateQuery, type Facet, type SearchState } from '../lib/search/state.ts';
import { TypingPace } from '../lib/search/pace.ts';
import { searchWorker } from './search-client.ts';
import type { Setup } from './search-protocol.ts';
import { counter, resultItem, showCounts, showElsewhere, type Strings } from './search-view.ts';
import { chosenFirst, showChosen, showLinkNote, turnRange } from './search-link.ts';

/** The counts beside the filters cost a search of their own: made once typing has paused this long. */
const COUNT_DELAY = 250;
/** Timing marks of each search (start, found, shown), read by the search benchmark. */
const mark = (step: string, query: string) => performance.mark(`search:${step}`, { detail: query });
/** Fewer results than this in the page's language: say what the other languages have. */
const LITTLE = 3;
/** Results of a typed search shown this long without a key: the next key starts a new history entry. */
const VISIT = 1000;

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
  // Each option's localized label, as the index stores it: read once from the form, sent to the worker too.
  const labelMap: Setup['labels'] = {};
  for (const f of FACETS) for (const b of boxes(f)) (labelMap[f] ??= {})[b.value] = b.dataset.label!;
  const labels = (f: Facet, value: string) => labelMap[f]?.[value];

  const pace = new TypingPace();
  // A typed search waits for the whole index: one asked for before would only answer after it, holding up the next.
  let waiting = false;
  // Pagefind runs in the page's own worker (search-worker.ts); the page gets counts and the texts it shows.
  const ask = searchWorker();
  let loading: Promise<void> | undefined;
  const load = () => (loading ??= (async () => {
    await ask('open', { setup: { bundle: data.bundle!, base: data.base!, lang, labels: labelMap, bounds } });
    void ask('whole', {}).then(() => {
      pace.whole = true;
      if (waiting) typed();
    });
  })());
  const intent = () => void load().catch(() => {});
  // A shared search link: the index starts loading before the form is set up.
  if (isActive(parseState(location.search))) intent();
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
    chosenFirst(form);
  }
  const markFilters = (state: SearchState) => showChosen(filtersBox, state, labels, strings, numbers);

  let latest = 0;
  let committed = true;
  // Pagefind's worker answers one search at a time: while typing, at most one waits behind the running one.
  let busy = false;
  let again = false;
  let countTimer: ReturnType<typeof setTimeout> | undefined;
  let visitTimer: ReturnType<typeof setTimeout> | undefined;

  /** Runs a search for `state`, recording it in history as asked; its counts follow after `countAfter` ms. */
  async function run(state: SearchState, record: 'push' | 'replace' | 'none', submitted = false, countAfter = 0): Promise<void> {
    const query = stateQuery(state);
    if (record !== 'none' && query !== location.search) history[record === 'push' ? 'pushState' : 'replaceState'](null, '', location.pathname + query);
    if (header) header.value = state.q;
    markFilters(state);
    const token = ++latest;
    clearTimeout(countTimer);
    mark('start', query);
    if (!isActive(state)) {
      list.replaceChildren();
      more.hidden = true;
      elsewhere.hidden = true;
      showCounts(form, undefined, numbers);
      // An empty search (a submit here or from the header box, a step back, a link with nothing usable) says what can be searched.
      status.textContent = strings.empty;
      if (submitted) input.focus();
      data.hinted = query;
      data.counted = query;
      done(query);
      return;
    }
    if (!list.childElementCount) status.textContent = strings.loading;
    busy = true;
    try {
      await load();
      // Timed only on the whole index: before, a search also waits for the shards to load.
      const started = pace.whole ? performance.now() : NaN;
      // Results first: the counts' filter data and searches would double the wait.
      const found = await ask('search', { n: token, state });
      mark('found', query);
      if (token !== latest) return;
      list.replaceChildren(...found.items.map(resultItem));
      more.hidden = found.rest === 0;
      status.textContent = found.total ? strings.found.replace('{results}', count(found.total)) : strings.none;
      done(query);
      if (!Number.isNaN(started)) pace.searched(performance.now() - started);
      // The other languages' indexes load for the hint only once typing has paused, as the counts do.
      const hintNow = !state.q || found.total >= LITTLE;
      if (hintNow) void hint(state, found.total, token);
      countTimer = setTimeout(() => {
        if (!hintNow) void hint(state, found.total, token);
        void counts(state, query, token);
      }, countAfter);
      // A typed search looked at for a while is a search of its own: the next key starts a new history entry.
      if (record !== 'none') visitTimer = setTimeout(() => { committed = true; }, VISIT);
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

  /** The counts beside the filter options for the search shown, unless a newer one took over. */
  async function counts(state: SearchState, query: string, token: number): Promise<void> {
    try {
      const found = await ask('counts', { state });
      if (token !== latest) return;
      showCounts(form, found, numbers);
      data.counted = query;
    } catch (error) {
      console.error(error);
    }
  }
  const done = (query: string) => { data.done = query; mark('shown', query); };

  /** With nothing or little found, how many the query finds in each other language. */
  async function hint(state: SearchState, found: number, token: number): Promise<void> {
    if (!state.q || found >= LITTLE) {
      elsewhere.hidden = true;
      data.hinted = stateQuery(state);
      return;
    }
    const counts = await Promise.all(others.map(async (o) => ({ ...o, count: await ask('count', { lang: o.lang, q: state.q }).catch(() => 0) })));
    if (token !== latest) return;
    showElsewhere(elsewhere, counts, state.q, strings, count);
    data.hinted = stateQuery(state);
  }

  /** The search for what has been typed, unless one is running: then once that one is done. */
  function typed(): void {
    waiting = !pace.whole;
    if (waiting) return void load().catch(() => {});
    again = busy;
    if (busy) return;
    // The first keystroke after a finished search starts a new history entry; the rest refine it.
    void run(readForm(), committed ? 'push' : 'replace', false, COUNT_DELAY);
    committed = false;
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  const now = (submitted: boolean) => {
    // The pending typing search is covered by this one, which has its own history entry.
    clearTimeout(timer);
    again = false;
    waiting = false;
    committed = true;
    void run(readForm(), 'push', submitted);
  };
  form.addEventListener('submit', (event) => { event.preventDefault(); now(true); });
  form.addEventListener('change', (event) => {
    if (event.target === input) return;
    turnRange(form, document.getElementById('search-note')!, strings);
    now(false);
  });
  // On this page the header box searches here too, without reloading.
  header?.form?.addEventListener('submit', (event) => {
    event.preventDefault();
    input.value = header.value;
    now(true);
  });
  input.addEventListener('input', () => {
    const state = readForm();
    // One or two letters span several index chunks in every shard, most of them not needed for the word being typed.
    if ([...state.q].length >= 3) void load().then(() => ask('preload', { state })).catch(() => {});
    clearTimeout(timer);
    clearTimeout(countTimer);
    clearTimeout(visitTimer);
    timer = setTimeout(typed, pace.pause(state.q, performance.now()));
  });
  more.addEventListener('click', async () => {
    const token = latest;
    const page = await ask('more', { n: token });
    if (!page || token !== latest) return;
    const shown = page.items.map(resultItem);
    list.append(...shown);
    more.hidden = page.rest === 0;
    shown[0]?.querySelector('a')?.focus();
  });
  window.addEventListener('popstate', () => {
    fillForm(parseState(location.search));
    void run(readForm(), 'none');
  });

  form.hidden = false;
  const initial = parseState(location.search);
  fillForm(initial);
  // A shared link's values the page cannot use are dropped (the URL shows the corrected search): say which.
  showLinkNote(document.getElementById('search-note')!, [form, header?.form], (f, v) => labels(f, v) !== undefined, strings);
  // Wide screens have room for the filters; on a phone they wait behind their summary.
  if (matchMedia('(min-width: 48rem)').matches) filtersBox.open = true;
  // A link with an unknown filter value leaves its box unticked: search what the form shows.
  // "?q=" with nothing in it is an empty submit from the header box of another page.
  void run(readForm(), 'replace', new URLSearchParams(location.search).has('q') && !isActive(initial));
}

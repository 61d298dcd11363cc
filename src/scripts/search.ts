/**
 * The search page in the browser: reads the form, searches Pagefind's index for
 * the page's language, shows results with counts beside the filter options,
 * and keeps query, filters, dates and order in the URL and the title
 * (search-history.ts; back and forward restore the form, search-form.ts).
 * Pagefind loads on the first sign of intent.
 */
import type { NumberStyle } from '../lib/search/numbers.ts';
import { isActive, parseState, stateQuery, type SearchState } from '../lib/search/state.ts';
import { TypingPace } from '../lib/search/pace.ts';
import { searchWorker } from './search-client.ts';
import { searchForm } from './search-form.ts';
import { SearchHistory, type HistoryStep } from './search-history.ts';
import { searchExtras } from './search-extras.ts';
import { counter, resultItem, type Strings } from './search-view.ts';
import { chosenFirst, showChosen, showLinkNote, turnRange } from './search-link.ts';

/** The counts beside the filters cost a search of their own: made once typing has paused this long. */
const COUNT_DELAY = 250;
/** Timing marks of each search (start, found, shown), read by the search benchmark. */
const mark = (step: string, query: string) => performance.mark(`search:${step}`, { detail: query });

const form = document.querySelector<HTMLFormElement>('#search-form');
if (form) start(form);

function start(form: HTMLFormElement): void {
  // Pagefind runs in the page's own worker (search-worker.ts), started first: it takes a while to start.
  const data = form.dataset;
  const ask = searchWorker(data.worker!);
  const strings = JSON.parse(data.strings!) as Strings;
  const numbers = JSON.parse(data.numbers!) as NumberStyle;
  const others = JSON.parse(data.others!) as { lang: string; name: string; search: string }[];
  const lang = document.documentElement.lang;
  const bounds = { min: data.min!, max: data.max! };
  const status = document.getElementById('search-status')!;
  const list = document.getElementById('search-results') as HTMLOListElement;
  const more = document.getElementById('search-more') as HTMLButtonElement;
  const filtersBox = document.getElementById('search-filters') as HTMLDetailsElement;
  const input = form.elements.namedItem('q') as HTMLInputElement;
  const header = document.querySelector<HTMLInputElement>('#site-search');
  const count = counter(lang, strings, numbers);
  const fields = searchForm(form);
  const { labelMap, label: labels } = fields;
  const entries = new SearchHistory({ plain: document.title, query: strings.titleQuery });

  const pace = new TypingPace();
  // A typed search waits for the whole index: one asked for before would only answer after it, holding up the next.
  let waiting = false;
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

  const readForm = () => fields.read();
  function fillForm(state: SearchState): void {
    fields.fill(state);
    if (header) header.value = state.q;
    markFilters(state);
    chosenFirst(form);
  }
  const markFilters = (state: SearchState) => showChosen(filtersBox, state, labels, strings, numbers);

  let latest = 0;
  // Pagefind's worker answers one search at a time: while typing, at most one waits behind the running one.
  let busy = false;
  let again = false;
  // The counts beside the options and the other languages' hint, after the results.
  const extras = searchExtras({ form, ask, strings, numbers, count, others, latest: () => latest });

  /** Runs a search for `state`, recording it in history as asked; its counts follow after `countAfter` ms. */
  async function run(state: SearchState, record: HistoryStep, submitted = false, countAfter = 0): Promise<void> {
    const query = stateQuery(state);
    const recorded = entries.record(query, state.q, record);
    if (header) header.value = state.q;
    markFilters(state);
    fields.showSort(state);
    const token = ++latest;
    extras.cancel();
    mark('start', query);
    if (!isActive(state)) {
      list.replaceChildren();
      more.hidden = true;
      // An empty search (a submit here or from the header box, a step back, a link with nothing usable) says what can be searched.
      status.textContent = strings.empty;
      if (submitted) input.focus();
      await recorded;
      if (token !== latest) return;
      extras.clear(state);
      done(query);
      return;
    }
    if (!list.childElementCount) status.textContent = strings.loading;
    busy = true;
    try {
      await recorded;
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
      extras.follow(state, found.total, token, countAfter);
      // A typed search looked at for a while is a search of its own: the next key starts a new history entry.
      if (record !== 'none') entries.shown();
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

  const done = (query: string) => { data.done = query; mark('shown', query); };

  /** The search for what has been typed, unless one is running: then once that one is done. */
  function typed(): void {
    waiting = !pace.whole;
    if (waiting) return void load().catch(() => {});
    again = busy;
    if (busy) return;
    void run(readForm(), 'typed', false, COUNT_DELAY);
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  const now = (submitted: boolean) => {
    // The pending typing search is covered by this one, which has its own history entry.
    clearTimeout(timer);
    again = false;
    waiting = false;
    entries.commit();
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
    extras.cancel();
    entries.typing();
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
    // Typing back to where it started stepped back to that entry: the form shows it already.
    if (entries.ownStep()) return;
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

/**
 * The search page in the browser: reads the form, searches Pagefind's index for
 * the page's language (Pagefind picks it from <html lang>), shows results, and
 * keeps query, filters and order in the URL (typing replaces the history entry,
 * submitting or changing a filter adds one; back and forward restore the form).
 */
import { FACETS, isActive, pagefindOptions, parseState, stateQuery, type Facet, type SearchState } from '../lib/search/state.ts';

/** The part of Pagefind's browser API used here (pagefind.js has no published types). */
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(q: string, o?: unknown): Promise<void>;
  search(q: string | null, o?: unknown): Promise<{ results: { id: string; data(): Promise<ResultData> }[] }>;
}
interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface Strings {
  found: string;
  none: string;
  loading: string;
  error: string;
  count: Record<string, string>;
}

const PAGE = 10;
const TYPING_DELAY = 200;

const form = document.querySelector<HTMLFormElement>('#search-form');
if (form) start(form);

function start(form: HTMLFormElement): void {
  const strings = JSON.parse(form.dataset.strings!) as Strings;
  const lang = document.documentElement.lang;
  const status = document.getElementById('search-status')!;
  const list = document.getElementById('search-results') as HTMLOListElement;
  const more = document.getElementById('search-more') as HTMLButtonElement;
  const input = form.elements.namedItem('q') as HTMLInputElement;
  const select = (name: string) => form.elements.namedItem(name) as HTMLSelectElement;
  const label = (facet: Facet, value: string) =>
    [...select(facet).options].find((o) => o.value === value)?.textContent ?? undefined;

  let pagefind: Promise<Pagefind> | undefined;
  const load = () => (pagefind ??= (async () => {
    const pf = (await import(/* @vite-ignore */ `${form.dataset.bundle}pagefind.js`)) as Pagefind;
    await pf.options({ baseUrl: form.dataset.base, excerptLength: 30 });
    await pf.init();
    return pf;
  })());

  const readForm = (): SearchState => parseState(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
  function fillForm(state: SearchState): void {
    input.value = state.q;
    for (const f of FACETS) select(f).value = state.filters[f] ?? '';
    select('sort').value = state.sort;
  }

  const count = (n: number) =>
    (strings.count[new Intl.PluralRules(lang).select(n)] ?? strings.count.other!).replace('{count}', new Intl.NumberFormat(lang).format(n));

  let latest = 0;
  let pending: { data(): Promise<ResultData> }[] = [];
  let committed = true;

  /** Runs a search for `state`, recording it in history as asked. */
  async function run(state: SearchState, record: 'push' | 'replace' | 'none'): Promise<void> {
    const query = stateQuery(state);
    if (record !== 'none' && query !== location.search) history[record === 'push' ? 'pushState' : 'replaceState'](null, '', location.pathname + query);
    const token = ++latest;
    list.replaceChildren();
    more.hidden = true;
    if (!isActive(state)) {
      status.textContent = '';
      form.dataset.done = query;
      return;
    }
    status.textContent = strings.loading;
    try {
      const pf = await load();
      const search = await pf.search(state.q || null, pagefindOptions(state, label));
      if (token !== latest) return;
      pending = search.results;
      await showMore(token, false);
      if (token !== latest) return;
      status.textContent = search.results.length ? strings.found.replace('{results}', count(search.results.length)) : strings.none;
    } catch (error) {
      if (token !== latest) return;
      status.textContent = strings.error;
      console.error(error);
    }
    form.dataset.done = query;
  }

  /** Appends the next page of results; `focus` moves focus to the first new one (the "more" button). */
  async function showMore(token: number, focus: boolean): Promise<void> {
    const batch = pending.slice(0, PAGE);
    pending = pending.slice(PAGE);
    const items = await Promise.all(batch.map((r) => r.data()));
    if (token !== latest) return;
    const nodes = items.map(resultItem);
    list.append(...nodes);
    more.hidden = pending.length === 0;
    if (focus) nodes[0]?.querySelector('a')?.focus();
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    // The pending typing search is covered by this one, which has its own history entry.
    clearTimeout(timer);
    committed = true;
    void run(readForm(), 'push');
  });
  form.addEventListener('change', (event) => {
    if (event.target === input) return;
    clearTimeout(timer);
    committed = true;
    void run(readForm(), 'push');
  });
  input.addEventListener('input', () => {
    if (input.value.trim()) void load().then((pf) => pf.preload(input.value.trim()));
    clearTimeout(timer);
    timer = setTimeout(() => {
      // The first keystroke after a finished search starts a new history entry; the rest refine it.
      void run(readForm(), committed ? 'push' : 'replace');
      committed = false;
    }, TYPING_DELAY);
  });
  more.addEventListener('click', () => void showMore(latest, true));
  window.addEventListener('popstate', () => {
    fillForm(parseState(location.search));
    void run(readForm(), 'none');
  });

  form.hidden = false;
  fillForm(parseState(location.search));
  // A link with an unknown filter value leaves its select on "all": search what the form shows.
  void run(readForm(), 'replace');
}

/** One result: linked title, date and agency, excerpt with the hits marked by Pagefind. */
function resultItem(r: ResultData): HTMLLIElement {
  const li = document.createElement('li');
  const h2 = document.createElement('h2');
  const a = document.createElement('a');
  a.href = r.url;
  a.textContent = r.meta.title ?? r.url;
  h2.append(a);
  const meta = document.createElement('p');
  meta.className = 'meta';
  const time = document.createElement('time');
  if (r.meta.datetime) time.dateTime = r.meta.datetime;
  time.textContent = r.meta.date ?? '';
  meta.append(time, ' · ', r.meta.agency ?? '');
  const excerpt = document.createElement('p');
  excerpt.className = 'excerpt';
  // Pagefind HTML-escapes the page text before adding <mark>, so the excerpt is safe markup.
  excerpt.innerHTML = r.excerpt;
  li.append(h2, meta, excerpt);
  return li;
}

/**
 * The search page's worker: runs Pagefind (search-pagefind.ts) and answers the
 * page's asks (search-protocol.ts). A search's whole result list stays here;
 * the page gets its count and the texts of the results it shows.
 */
import { fromPage, hookPagefind, openEarly, pageFile, pageFiles } from './search-early.ts';
import { countIn, loader, PAGE, preload, searchWithCounts, type Pagefind, type Result } from './search-pagefind.ts';
import type { Answers, Ask, Message, Page, Reply, Setup } from './search-protocol.ts';

hookPagefind();

let setup: Setup;
const loaders = new Map<string, () => Promise<Pagefind>>();
let whole: Promise<void> | undefined;
/** The newest search and what of it has not been shown yet. */
let latest = { n: -1, rest: [] as Result[] };

const open = (lang: string) => loaders.get(lang)?.() ?? Promise.reject(new Error(`no index opened for ${lang}`));
const input = () => ({ labels: (f: keyof Setup['labels'], v: string) => setup.labels[f]?.[v], bounds: setup.bounds });

async function nextPage(n: number): Promise<Page | undefined> {
  if (n !== latest.n) return undefined;
  const batch = latest.rest.slice(0, PAGE);
  latest.rest = latest.rest.slice(PAGE);
  const items = await Promise.all(batch.map((r) => r.data()));
  return { items, rest: latest.rest.length };
}

/** Starts loading the index of the page's language, once; `fetchStart`: fetch its start files here. */
function startLoading(bundle: string, base: string, lang: string, fetchStart = true): void {
  if (loaders.has(lang)) return;
  let settled = () => {};
  whole = new Promise<void>((done) => { settled = done; });
  if (fetchStart) openEarly(bundle, lang);
  loaders.set(lang, loader(bundle, base, lang, settled));
}

async function answer(ask: Ask): Promise<Answers[Ask['kind']]> {
  switch (ask.kind) {
    case 'warm':
      if (ask.early) fromPage(ask.bundle);
      startLoading(ask.bundle, ask.base, ask.lang, !ask.early);
      return null;
    case 'files':
      pageFiles(ask.list);
      return null;
    case 'file':
      pageFile(ask.path, ask.body);
      return null;
    case 'open':
      setup = ask.setup;
      startLoading(setup.bundle, setup.base, setup.lang);
      await open(setup.lang);
      return null;
    case 'whole':
      await whole;
      return null;
    case 'preload':
      preload(await open(setup.lang), ask.state, setup.lang, input());
      return null;
    case 'search': {
      const found = await searchWithCounts(await open(setup.lang), ask.state, setup.lang, input(), false);
      if (ask.n < latest.n) return { total: found.results.length, items: [], rest: 0 };
      latest = { n: ask.n, rest: found.results };
      return { total: found.results.length, ...(await nextPage(ask.n))! };
    }
    case 'counts':
      return (await searchWithCounts(await open(setup.lang), ask.state, setup.lang, input())).counts ?? {};
    case 'more':
      return nextPage(ask.n);
    case 'count':
      if (!loaders.has(ask.lang)) {
        openEarly(setup.bundle, ask.lang);
        loaders.set(ask.lang, loader(setup.bundle, setup.base, ask.lang));
      }
      return countIn(await open(ask.lang), ask.q, ask.lang);
  }
}

addEventListener('message', (event: MessageEvent<Message>) => {
  const { id, ask } = event.data;
  const reply = (r: Reply) => postMessage(r);
  answer(ask).then((result) => reply({ id, result }), (error: unknown) => reply({ id, error: String(error) }));
});

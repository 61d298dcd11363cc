/**
 * Pagefind, run inside the search page's own worker (search-worker.ts): loaded
 * once, on the reader's first sign of intent (focus, a key, a shared search
 * URL), and searched with live counts per filter option. Other languages'
 * indexes are opened only for the "found in other languages" hint. In a worker
 * Pagefind runs without a worker of its own, so the thousands of result objects
 * a search makes live and die here, not in the page (docs/search.md, "Speed").
 */
import type { Anchor } from '../lib/search/excerpt.ts';
import { prepareQuery, type PreparedQuery } from '../lib/search/query.ts';
import { mergeShards, SHARDS_FILE } from '../lib/search/shards.ts';
import { realResults } from '../lib/search/verify.ts';
import { FACETS, pagefindOptions, withoutFacet, type Facet, type PagefindOptionsInput, type SearchState } from '../lib/search/state.ts';

/** The part of Pagefind's browser API used here (pagefind.js has no published types). */
export interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(q: string, o?: unknown): Promise<void>;
  search(q: string | null, o?: object): Promise<{ results: Result[]; filters: Counts }>;
  mergeIndex(path: string, o?: object): Promise<unknown>;
}
export interface Result {
  id: string;
  data(): Promise<ResultData>;
}
export interface ResultData {
  url: string;
  content: string;
  locations: number[];
  anchors?: Anchor[];
  filters?: Record<string, string[]>;
  meta: Record<string, string | undefined>;
}
/** Results shown at a time. */
export const PAGE = 10;
/** Results per filter value (the localized label), per filter. */
export type Counts = Record<string, Record<string, number>>;

let shardList: Promise<Response> | undefined;
/** pagefind/shards.json, fetched once, as soon as any index starts loading. */
const listShards = (bundle: string) => (shardList ??= fetch(`${bundle}${SHARDS_FILE}`)).then((r) => r.clone());

/**
 * Loads pagefind.js from `bundle` for the index of `lang`; `settled` is called
 * once every shard of the index has loaded, or loading failed.
 */
export function loader(bundle: string, base: string, lang: string, settled = () => {}): () => Promise<Pagefind> {
  let loading: Promise<Pagefind> | undefined;
  return () => (loading ??= (async () => {
    // The list of shards comes while Pagefind starts, not after.
    void listShards(bundle).catch(() => {});
    // A module instance per language: Pagefind keeps one index (and one stemmer) per instance.
    const pf = (await import(/* @vite-ignore */ `${bundle}pagefind.js?lang=${lang}`)) as Pagefind;
    const options = { baseUrl: base, excerptLength: 30 };
    await pf.options(options);
    // Pagefind picks its index by the document's language when it starts, synchronously; a worker has no document.
    const scope = globalThis as { document?: unknown };
    scope.document = { querySelector: () => ({ getAttribute: () => lang }) };
    const started = pf.init();
    delete scope.document;
    await started;
    // Older releases are in closed shards of the index (src/lib/search/shards.ts). Ready
    // once their merges are asked for: a search or preload waits for each index to load,
    // so the newest one's index chunks load while the older shards still start.
    await new Promise<void>((asked, failed) => {
      mergeShards(pf, bundle, lang, options, () => listShards(bundle), asked).then(settled, failed);
    });
    return pf;
  })().catch((error: unknown) => {
    settled();
    throw error;
  }));
}

export interface Found {
  results: Result[];
  /** Per facet, results per option label, as if that facet's own choice were not made (absent: not counted). */
  counts?: Partial<Record<Facet, Record<string, number>>>;
}

/**
 * Pagefind's answer to `query` without its false hits (src/lib/search/verify.ts), and
 * the results per filter value. When false hits were dropped, the counts are taken
 * from the pages kept (a short list, whose data is loaded anyway).
 */
async function realSearch(pf: Pagefind, query: PreparedQuery, lang: string, options: object, shown = 0): Promise<{ results: Result[]; filters: Counts }> {
  const found = await pf.search(query.text || null, options);
  // The texts of the results shown first load while the hits are checked, not after.
  for (const r of found.results.slice(0, shown)) {
    const data = r.data.bind(r);
    const loaded = data();
    loaded.catch(() => {});
    r.data = () => loaded;
  }
  const results = await realResults(pf, query, lang, found.results);
  if (results.length === found.results.length) return { results, filters: found.filters };
  const filters: Counts = {};
  for (const page of await Promise.all(results.map((r) => r.data()))) {
    for (const [name, values] of Object.entries(page.filters ?? {})) {
      for (const v of values) (filters[name] ??= {})[v] = (filters[name]![v] ?? 0) + 1;
    }
  }
  return { results, filters };
}

/**
 * One search for `state`, with the counts each filter option would give, or,
 * with `counts` false, the results alone: the first search of a page skips the
 * counts, whose filter data costs as much again to fetch and decode.
 */
export async function searchWithCounts(pf: Pagefind, state: SearchState, lang: string, input: PagefindOptionsInput, counts = true): Promise<Found> {
  const query = prepareQuery(state.q, lang);
  const main = realSearch(pf, query, lang, pagefindOptions(state, { ...input, countAll: counts }), counts ? 0 : PAGE);
  if (!counts) return { results: (await main).results };
  // A facet with a choice counts its options over the results without that choice.
  const chosen = FACETS.filter((f) => state.filters[f]?.length);
  const own = chosen.map((f) => realSearch(pf, query, lang, pagefindOptions(withoutFacet(state, f), { ...input, countAll: true })));
  const [first, ...rest] = await Promise.all([main, ...own]);
  const perFacet: NonNullable<Found['counts']> = {};
  for (const f of FACETS) perFacet[f] = first!.filters[f] ?? {};
  chosen.forEach((f, i) => { perFacet[f] = rest[i]!.filters[f] ?? {}; });
  return { results: first!.results, counts: perFacet };
}

/** How many releases `q` finds in another language's index (no filters: their labels differ). */
export async function countIn(pf: Pagefind, q: string, lang: string): Promise<number> {
  const query = prepareQuery(q, lang);
  if (!query.text) return 0;
  return (await realSearch(pf, query, lang, {})).results.length;
}

/** Starts fetching the index chunks for a query being typed (the counts' filter data waits for the first results). */
export function preload(pf: Pagefind, state: SearchState, lang: string, input: PagefindOptionsInput): void {
  const { text } = prepareQuery(state.q, lang);
  if (text) void pf.preload(text, pagefindOptions(state, input)).catch(() => {});
}

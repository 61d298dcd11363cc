/**
 * Pagefind's loading in the search worker, made faster where Pagefind lets a
 * page in: it calls the global `fetch` and `setTimeout`. `hookPagefind()`
 * (called once by search-worker.ts) changes three things:
 * - The files it needs to open a language's index (listed by the build in
 *   pagefind/start.json, src/lib/search/start-files.ts) are fetched at once
 *   (`openEarly`) and each response handed over when Pagefind asks for it.
 *   Pagefind fetches them one after another: five round trips before its first
 *   index chunk, now two.
 * - Its gzipped files are unpacked by the browser (DecompressionStream) before
 *   Pagefind sees them, so it skips its own unpacking in JavaScript (about
 *   200 ms of a shared search link's first search at 10,000 releases).
 * - It waits for an index to load by sleeping 50 ms at a time, so a search
 *   asked meanwhile starts up to 50 ms late, once per step (main index, then
 *   each shard); here it looks every 4 ms.
 */
import { ENTRY, START_FILE } from '../lib/search/start-files.ts';

/** Pagefind's gzipped files: index chunks, metadata, fragments, filters and its WebAssembly. */
const PACKED = /\.(pf_meta|pf_index|pf_fragment|pf_filter|pagefind)$/;
/** Pagefind's wait between looks at whether an index has loaded (its `asyncSleep(50)`). */
const POLL = 50;

const network = globalThis.fetch.bind(globalThis);
/** Responses fetched early, by address, until Pagefind asks for them. */
const early = new Map<string, Promise<Response>>();
/** Addresses Pagefind has fetched: not fetched early again. */
const asked = new Set<string>();

/** An address as a key: an entry's without Pagefind's cache-busting `?ts=` (it is always loaded fresh). */
export function fetchKey(url: string, base: string): string {
  const u = new URL(url, base);
  if (u.pathname.endsWith(`/${ENTRY}`)) u.search = '';
  return u.href;
}

/** The response with its body unpacked when it is gzip (starts 1f 8b); Pagefind takes unpacked bytes as they are. */
export async function unpacked(response: Response): Promise<Response> {
  if (!response.ok) return response;
  const bytes = new Uint8Array(await response.arrayBuffer());
  const init = { status: response.status, headers: response.headers };
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return new Response(bytes, init);
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(await new Response(stream).arrayBuffer(), init);
}

const here = () => globalThis.location.href;

function fetchEarly(url: string): void {
  const k = fetchKey(url, here());
  if (asked.has(k) || early.has(k)) return;
  // Pagefind loads entries past every cache (its `?ts=`); so does this.
  const response = network(url, k.endsWith(`/${ENTRY}`) ? { cache: 'no-store' } : {});
  response.catch(() => {});
  early.set(k, response);
}

/** Files the page's first script fetches and sends (worker-start.ts), each answered once its bytes come. */
const awaited = new Map<string, (body: ArrayBuffer | null) => void>();
let pageRoot = '';
/** The key of a file below the bundle the page's first script fetches from. */
const pageKey = (path: string) => fetchKey(`${pageRoot}${path}`, here());

function awaitFromPage(url: string): void {
  const k = fetchKey(url, here());
  if (asked.has(k) || early.has(k)) return;
  early.set(k, new Promise<Response>((done) => {
    // Bytes from the page, or, when its fetch failed, Pagefind's own fetch.
    awaited.set(k, (body) => done(body ? new Response(body) : network(url)));
  }));
}

/** The page's first script fetches the start files of the index at `bundle`: its entry first. */
export function fromPage(bundle: string): void {
  pageRoot = new URL(bundle, here()).href;
  awaitFromPage(`${pageRoot}${ENTRY}`);
}

/** The list the page's first script fetches (paths below the bundle); any other file awaited is fetched here. */
export function pageFiles(list: string[]): void {
  const listed = new Set(list.map(pageKey));
  for (const [k, answer] of awaited) if (!listed.has(k)) { awaited.delete(k); answer(null); }
  for (const f of list) awaitFromPage(`${pageRoot}${f}`);
}

/** One file's bytes from the page's first script. */
export function pageFile(path: string, body: ArrayBuffer | null): void {
  const k = pageKey(path);
  awaited.get(k)?.(body);
  awaited.delete(k);
}

/** Starts fetching what opening the index of `lang` in the bundle at `bundle` (e.g. `/pagefind/`) needs. */
export function openEarly(bundle: string, lang: string): void {
  const root = new URL(bundle, here()).href;
  fetchEarly(`${root}${ENTRY}`);
  void network(`${root}${START_FILE}`, { cache: 'no-cache' })
    .then((r) => (r.ok ? r.json() : {}))
    .then((files: Record<string, string[]>) => { for (const f of files[lang] ?? []) fetchEarly(`${root}${f}`); })
    // Without the list Pagefind fetches everything itself, as it would anyway.
    .catch(() => {});
}

/** Puts the three changes in place (see the top of this file). */
export function hookPagefind(): void {
  const unpack = typeof DecompressionStream === 'function';
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    if (typeof input !== 'string' && !(input instanceof URL)) return network(input, init);
    const k = fetchKey(String(input), here());
    const response = early.get(k) ?? network(input, init);
    early.delete(k);
    asked.add(k);
    return unpack && PACKED.test(new URL(k).pathname) ? response.then(unpacked) : response;
  };
  const wait = globalThis.setTimeout;
  globalThis.setTimeout = ((handler: TimerHandler, ms?: number, ...rest: unknown[]) =>
    wait(handler, ms === POLL ? 4 : ms, ...rest)) as typeof setTimeout;
}

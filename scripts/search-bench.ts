/**
 * Size and speed of search on a built site. Reports the Pagefind index size on
 * disk per language, then in headless Chromium, each a median over --runs:
 * - cold first query: a fresh browser (empty cache) opens /<lang>/search/, the
 *   reader clicks into the box and types the query (--delay ms between keys);
 *   milliseconds from the last keystroke to the results, typing pause included,
 *   and the bytes and requests that cost;
 * - warm queries: further queries typed in the same page (--warm, comma-separated);
 * - shared URL: a fresh browser opens /<lang>/search/?q=<query>; milliseconds from
 *   navigation start to the results;
 * - the same three over a throttled link (--rtt ms round trip, --kbps link speed;
 *   default 150 ms at 1.6 Mbps, text gzipped as hosts do).
 * Each typed figure is split, by the search page's own timing marks, into the
 * wait before its search started (typing pause, a running search), Pagefind's
 * search with the hit check, and showing the results (their texts loaded).
 *
 * Usage: npx node scripts/search-bench.ts <dist> <query> [--lang ru] [--runs 3] [--delay 120]
 *          [--warm "a,b"] [--rtt 150] [--kbps 1600] [--no-throttle] [--verbose]
 * e.g.   npm run build && npx node scripts/search-bench.ts dist "консультации"
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launch } from '../tests/support/browser.ts';
import { startServer } from './serve.ts';
import { phases, RECORDER, resultsShown, statusCount, typeAndWait } from './bench/search-timing.ts';
import { startThrottledServer } from './bench/throttle.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args.splice(at, 2)[1]! : fallback;
};
const flag = (name: string) => (args.includes(`--${name}`) ? (args.splice(args.indexOf(`--${name}`), 1), true) : false);
const lang = option('lang', 'ru');
const runs = Number(option('runs', '3'));
const delay = Number(option('delay', '120'));
const rttMs = Number(option('rtt', '150'));
const kbps = Number(option('kbps', '1600'));
const warmOption = option('warm', '');
const verbose = flag('verbose');
const noThrottle = flag('no-throttle');
const [dist = '', query = ''] = args;
if (!dist || !query) {
  console.error('Usage: npx node scripts/search-bench.ts <dist> <query> [--lang ru] [--runs 3] [--delay 120] [--warm "a,b"] [--rtt 150] [--kbps 1600] [--no-throttle] [--verbose]');
  process.exit(2);
}
// Default warm queries: the query's first word shortened, another word, the query again with a typo fixed.
const warm = warmOption ? warmOption.split(',').map((w) => w.trim()).filter(Boolean)
  : [...new Set([query.slice(0, Math.max(3, query.length - 3)), query.split(/\s+/)[0]!.slice(0, 4), query])];
const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const bundle = join(dist, 'pagefind');
const size = (path: string) => statSync(path).size;

/** Bytes on disk per language: its wasm, metadata, index chunks, fragments and filters, the closed shards' included. */
function indexSizes(): void {
  type Entry = { languages: Record<string, { hash: string; wasm: string | null; page_count: number }> };
  const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as Entry;
  const shardFile = join(bundle, 'shards.json');
  const shards = existsSync(shardFile) ? JSON.parse(readFileSync(shardFile, 'utf8')) as Record<string, string[]> : {};
  const all = readdirSync(bundle, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => join(d.parentPath, d.name));
  const total = all.reduce((sum, f) => sum + size(f), 0);
  console.log(`Pagefind bundle ${bundle}: ${kb(total)} on disk in ${all.length} files (all languages, scripts and unused UI bundles included)`);
  for (const [code, info] of Object.entries(entry.languages)) {
    const ids = shards[code] ?? [];
    const pages = info.page_count + ids.reduce((n, id) => n + ((JSON.parse(readFileSync(join(bundle, 'shards', id, 'pagefind-entry.json'), 'utf8')) as Entry).languages[code]?.page_count ?? 0), 0);
    const own = all.filter((f) => {
      const name = f.slice(bundle.length + 1).replace(/^shards\/[^/]+\//, '');
      return /^(index|fragment|filter)\//.test(name) && name.split('/')[1]!.startsWith(`${code}_`)
        || (name.startsWith(`pagefind.${code}_`) && name.endsWith('.pf_meta'));
    });
    const bytes = own.reduce((sum, f) => sum + size(f), 0);
    const wasm = size(join(bundle, `wasm.${info.wasm ?? 'unknown'}.pagefind`));
    const count = (dir: string) => own.filter((f) => f.includes(`/${dir}/`)).length;
    console.log(`  ${code}: ${pages} pages in ${1 + ids.length} bundles, index ${kb(bytes)} (${count('index')} index chunks, ${count('fragment')} fragments, ${count('filter')} filter files) + wasm ${kb(wasm)}${info.wasm ? '' : ' (no stemmer)'}`);
  }
}

/** Bytes the server sends, counted on its sockets: exact, and it includes the search worker's requests. */
function meter(server: Server) {
  const sockets = new Set<Socket>();
  const sent = new Map<Socket, number>();
  server.on('connection', (socket) => { sockets.add(socket); sent.set(socket, socket.bytesWritten); });
  let requests = 0;
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    requests += 1;
    // Listed with the file's size on disk (the server sends it uncompressed).
    if (verbose) res.on('finish', () => {
      const file = join(dist, decodeURIComponent(new URL(req.url!, 'http://x').pathname));
      const bytes = statSync(file, { throwIfNoEntry: false })?.isFile() ? kb(size(file)) : '';
      console.log(`    ${res.statusCode} ${bytes.padStart(10)}  ${req.url}`);
    });
  });
  return {
    reset() { requests = 0; for (const s of sockets) sent.set(s, s.bytesWritten); },
    read: () => ({ requests, bytes: [...sockets].reduce((sum, s) => sum + s.bytesWritten - (sent.get(s) ?? 0), 0) }),
  };
}

type Split = NonNullable<Awaited<ReturnType<typeof phases>>>;
/** Medians of each part: "wait 12 + search 80 + show 20 ms". */
const parts = (xs: Split[]) => xs.length
  ? `; parts (medians): wait ${median(xs.map((x) => x.wait)).toFixed(0)} + search ${median(xs.map((x) => x.search)).toFixed(0)} + show ${median(xs.map((x) => x.show)).toFixed(0)} ms`
  : '';
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (xs: number[]) => `median ${median(xs).toFixed(0)} ms (${xs.map((x) => x.toFixed(0)).join(', ')})`;

async function freshTab(browser: Browser) {
  const context = await browser.newContext();
  await context.addInitScript(RECORDER);
  return { context, tab: await context.newPage() };
}

/** Cold first query, then the warm ones in the same page; bytes and requests of the first. */
async function typing(browser: Browser, base: string, counter?: ReturnType<typeof meter>) {
  const { context, tab } = await freshTab(browser);
  try {
    await tab.goto(`${base}/${lang}/search/`);
    await tab.waitForSelector('#search-form:not([hidden])');
    await tab.waitForLoadState('networkidle');
    counter?.reset();
    const split: { first: Split[]; later: Split[] } = { first: [], later: [] };
    const first = await typeAndWait(tab, query, delay, (p) => p && split.first.push(p));
    const results = await statusCount(tab);
    const cost = counter?.read();
    const later: number[] = [];
    for (const q of warm) later.push(await typeAndWait(tab, q, delay, (p) => p && split.later.push(p)));
    return { first, results, cost, later, split };
  } finally {
    await context.close();
  }
}

/** A shared search URL opened in a fresh browser: navigation start to results. */
async function shared(browser: Browser, base: string): Promise<number> {
  const { context, tab } = await freshTab(browser);
  try {
    await tab.goto(`${base}/${lang}/search/?q=${encodeURIComponent(query)}`);
    return await resultsShown(tab, 0, query);
  } finally {
    await context.close();
  }
}

async function profile(name: string, base: string, counter?: ReturnType<typeof meter>): Promise<void> {
  const first: number[] = [];
  const later: number[] = [];
  const opened: number[] = [];
  let last: Awaited<ReturnType<typeof typing>> | undefined;
  const firstParts: Split[] = [];
  const laterParts: Split[] = [];
  for (let i = 0; i < runs; i++) {
    // A fresh browser per run: nothing cached, no warmed-up engine.
    const browser = await launch();
    try {
      last = await typing(browser, base, counter);
      first.push(last.first);
      later.push(...last.later);
      firstParts.push(...last.split.first);
      laterParts.push(...last.split.later);
      opened.push(await shared(browser, base));
    } finally {
      await browser.close();
    }
  }
  console.log(`${name}:`);
  const cost = last?.cost ? `, ${kb(last.cost.bytes)} in ${last.cost.requests} requests` : '';
  console.log(`  cold first query "${query}": ${ms(first)}${cost}, ${last?.results ?? 0} results${parts(firstParts)}`);
  console.log(`  warm queries (${warm.map((w) => `"${w}"`).join(', ')}): ${ms(later)}${parts(laterParts)}`);
  console.log(`  shared URL ?q=${query}: ${ms(opened)} from navigation start`);
}

indexSizes();
console.log(`/${lang}/search/, ${runs} runs, keys typed ${delay} ms apart; each time from the last keystroke (or navigation start) to results shown`);
const local = await startServer(dist, 0);
try {
  await profile('local (loopback, uncompressed)', local.url, meter(local.server));
} finally {
  local.server.close();
}
if (!noThrottle) {
  const slow = await startThrottledServer(dist, { rttMs, bytesPerSecond: (kbps * 1000) / 8 });
  try {
    await profile(`throttled (${rttMs} ms round trip, ${kbps / 1000} Mbps, gzip)`, slow.url, meter(slow.server));
  } finally {
    slow.server.close();
  }
}

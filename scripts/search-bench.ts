/**
 * Size and speed of search on a built site. Reports the Pagefind index size on
 * disk per language, then in headless Chromium, on a cold cache: the bytes the
 * browser fetches for one query typed into /<lang>/search/ and the time from
 * the query being typed to the results shown (it includes the page's 200 ms
 * typing pause).
 *
 * Usage: npx node scripts/search-bench.ts <dist> <query> [--lang ru] [--runs 3] [--verbose]
 * e.g.   npm run build && npx node scripts/search-bench.ts dist "консультации"
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { join } from 'node:path';
import { launch } from '../tests/support/browser.ts';
import { startServer } from './serve.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args.splice(at, 2)[1]! : fallback;
};
const lang = option('lang', 'ru');
const runs = Number(option('runs', '3'));
const verbose = args.includes('--verbose') ? (args.splice(args.indexOf('--verbose'), 1), true) : false;
const [dist = '', query = ''] = args;
if (!dist || !query) {
  console.error('Usage: npx node scripts/search-bench.ts <dist> <query> [--lang ru] [--runs 3] [--verbose]');
  process.exit(2);
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const bundle = join(dist, 'pagefind');
const size = (path: string) => statSync(path).size;

/** Bytes on disk per language: its wasm, metadata, index chunks, fragments and filters. */
function indexSizes(): void {
  const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
  };
  const all = readdirSync(bundle, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => join(d.parentPath, d.name));
  const total = all.reduce((sum, f) => sum + size(f), 0);
  console.log(`Pagefind bundle ${bundle}: ${kb(total)} on disk in ${all.length} files (all languages, scripts and unused UI bundles included)`);
  for (const [code, info] of Object.entries(entry.languages)) {
    const own = all.filter((f) => {
      const name = f.slice(bundle.length + 1);
      return /^(index|fragment|filter)\//.test(name) && name.split('/')[1]!.startsWith(`${code}_`)
        || name === `pagefind.${info.hash}.pf_meta`;
    });
    const bytes = own.reduce((sum, f) => sum + size(f), 0);
    const wasm = size(join(bundle, `wasm.${info.wasm ?? 'unknown'}.pagefind`));
    const count = (dir: string) => own.filter((f) => f.includes(`/${dir}/`)).length;
    console.log(`  ${code}: ${info.page_count} pages, index ${kb(bytes)} (${count('index')} index chunks, ${count('fragment')} fragments, ${count('filter')} filter files) + wasm ${kb(wasm)}${info.wasm ? '' : ' (no stemmer)'}`);
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

/** One cold query in a fresh browser context (empty cache): bytes sent to it and milliseconds to results. */
async function measure(base: string, counter: ReturnType<typeof meter>): Promise<{ bytes: number; requests: number; ms: number; results: number }> {
  const browser = await launch();
  try {
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.goto(`${base}/${lang}/search/`);
    await tab.waitForSelector('#search-form:not([hidden])');
    await tab.waitForLoadState('networkidle');
    counter.reset();
    const start = performance.now();
    await tab.fill('#search-q', query);
    await tab.waitForFunction(() => {
      const form = document.querySelector<HTMLFormElement>('#search-form')!;
      return location.search.includes('q=') && form.dataset.done === location.search;
    }, undefined, { polling: 'raf', timeout: 60_000 });
    const ms = performance.now() - start;
    const { bytes, requests } = counter.read();
    // The status line says how many were found ("Найдено: 10 000 пресс-релизов"); its digits are the count.
    const results = Number(((await tab.locator('#search-status').textContent()) ?? '').replace(/\D/g, '')) || 0;
    await context.close();
    return { bytes, requests, ms, results };
  } finally {
    await browser.close();
  }
}

indexSizes();
const { server, url } = await startServer(dist, 0);
const counter = meter(server);
try {
  console.log(`Query "${query}" on /${lang}/search/, cold cache, ${runs} runs:`);
  for (let i = 0; i < runs; i++) {
    const r = await measure(url, counter);
    console.log(`  run ${i + 1}: ${r.results} results, ${kb(r.bytes)} fetched in ${r.requests} requests, ${r.ms.toFixed(0)} ms from typing to results`);
  }
} finally {
  server.close();
}

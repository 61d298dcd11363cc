/** Sizes and counts of a built site (dist/), and the weight of each page type. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { CARD_FILES } from '../../src/lib/outputs/card-files.ts';

/** Every file under `dir`, relative paths with "/". */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => f.split('\\').join('/'));
}

/** Total bytes and files, HTML page count and Pagefind index bytes of a dist folder. */
export function distSummary(dist: string) {
  let bytes = 0;
  let pagefindBytes = 0;
  let pages = 0;
  const all = filesUnder(dist);
  for (const f of all) {
    const size = statSync(join(dist, f)).size;
    bytes += size;
    if (f.startsWith('pagefind/')) pagefindBytes += size;
    if (f.endsWith('.html')) pages++;
  }
  return { bytes, pagefindBytes, pages, files: all.length };
}

/** JS and CSS a page ships: external files it references (by site path) plus inline code. */
export function pageWeight(html: string, fileSize: (sitePath: string) => number) {
  let js = 0;
  let css = 0;
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (/type="application\/(ld\+)?json"/.test(m[1]!)) continue; // data, not code
    const src = /\bsrc="([^"]+)"/.exec(m[1]!);
    js += src ? fileSize(src[1]!) : Buffer.byteLength(m[2]!);
  }
  for (const m of html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*>/g)) js += fileSize(/href="([^"]+)"/.exec(m[0])?.[1] ?? '');
  for (const m of html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)) css += fileSize(/href="([^"]+)"/.exec(m[0])?.[1] ?? '');
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) css += Buffer.byteLength(m[1]!);
  return { js, css };
}

/** Median of numbers (0 for none). */
export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length ? (s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2) : 0;
};

/** Which kind of page a dist path is, for the page-weight table (undefined: not reported). */
export function pageType(path: string): string | undefined {
  if (path === 'index.html') return 'root';
  if (/^[a-z]{2}\/index\.html$/.test(path)) return 'home';
  if (/^[a-z]{2}\/\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/.test(path)) return 'release';
  if (/^[a-z]{2}\/countries\/[a-z]{2}\/index\.html$/.test(path)) return 'country index';
  if (/^[a-z]{2}\/search\/index\.html$/.test(path)) return 'search';
  return undefined;
}

/** Sample-site figures: median release HTML, total CSS bytes, max JS/CSS per page type. */
export function siteWeights(dist: string) {
  const files = filesUnder(dist);
  const size = (sitePath: string) => {
    try { return statSync(join(dist, sitePath.replace(/^\/+/, ''))).size; } catch { return 0; }
  };
  const releaseHtml: number[] = [];
  const byType: Record<string, { pages: number; jsBytes: number; cssBytes: number }> = {};
  for (const f of files.filter((f) => f.endsWith('.html'))) {
    const type = pageType(f);
    if (!type) continue;
    const html = readFileSync(join(dist, f), 'utf8');
    if (type === 'release') releaseHtml.push(Buffer.byteLength(html));
    const w = pageWeight(html, size);
    const row = (byType[type] ??= { pages: 0, jsBytes: 0, cssBytes: 0 });
    row.pages++;
    row.jsBytes = Math.max(row.jsBytes, w.js);
    row.cssBytes = Math.max(row.cssBytes, w.css);
  }
  // Pagefind ships UI stylesheets the site never links (it has its own search UI).
  const cssFilesBytes = files.filter((f) => f.endsWith('.css') && !f.startsWith('pagefind/')).reduce((n, f) => n + size(f), 0);
  return { medianReleaseHtmlBytes: median(releaseHtml), releasePages: releaseHtml.length, cssFilesBytes, byType, dist: relative(process.cwd(), dist) };
}

const CARD_NAMES = new Set<string>(Object.values(CARD_FILES));

/** What a dist path is, for the files-and-bytes-by-kind table. */
export function fileKind(path: string): string {
  if (path.startsWith('pagefind/')) return 'search index';
  if (path.startsWith('_astro/')) return 'scripts, styles, images';
  if (path.startsWith('admin/')) return 'the editor (/admin/)';
  // The 1200x630 card and its 16:9, 4:3 and 1:1 shapes.
  if (path.includes('/') && CARD_NAMES.has(basename(path))) return 'social cards';
  if (path.endsWith('.xml') && /(^|\/)rss\.xml$/.test(path)) return 'feeds';
  if (/^sitemap.*\.xml$/.test(path)) return 'sitemaps';
  if (/^[a-z]{2}\/\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/.test(path)) return 'release pages';
  if (path.endsWith('.html')) return 'other pages (lists, indexes, search, 404)';
  return 'other';
}

/** Files and bytes of a dist folder per kind of file. */
export function distByKind(dist: string): Record<string, { files: number; bytes: number }> {
  const out: Record<string, { files: number; bytes: number }> = {};
  for (const f of filesUnder(dist)) {
    const row = (out[fileKind(f)] ??= { files: 0, bytes: 0 });
    row.files++;
    row.bytes += statSync(join(dist, f)).size;
  }
  return out;
}

/**
 * Pagefind's own browser search (dist/pagefind/pagefind.js and its WebAssembly),
 * run in Node against a built site: the search tests and measurements use the
 * code readers run, not a model of it. The site is served on loopback because
 * Pagefind fetches its index files; each language gets its own module instance
 * (Pagefind keeps one index per page language, chosen from <html lang>), with
 * the language's closed shards merged in as the search page merges them.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import sirv from 'sirv';
import { mergeShards } from '../../src/lib/search/shards.ts';

export interface NodeResult {
  id: string;
  words: number[];
  data(): Promise<{ url: string; content: string; locations: number[]; excerpt: string; meta: Record<string, string> }>;
}
export interface NodePagefind {
  search(term: string | null, options?: object): Promise<{ results: NodeResult[] }>;
}

export interface PagefindSite {
  /** The search API for a language's index. */
  forLang(lang: string): Promise<NodePagefind>;
  close(): Promise<void>;
}

/** Serves `dist` on loopback and loads its Pagefind bundle once per language. */
export async function openPagefind(dist: string): Promise<PagefindSite> {
  const server: Server = createServer(sirv(dist, { dev: true }));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const loaded = new Map<string, Promise<NodePagefind>>();
  let copy = 0;
  const load = async (lang: string) => {
    // Pagefind reads the page language from the document and its script element; Node has neither.
    (globalThis as { document?: unknown }).document = { currentScript: null, querySelector: () => ({ getAttribute: () => lang }) };
    try {
      // A query string gives a separate module instance per language.
      const pf = await import(`${pathToFileURL(resolve(dist, 'pagefind/pagefind.js')).href}?lang=${lang}&n=${copy++}`);
      await pf.options({ basePath: `${base}pagefind/`, baseUrl: '/' });
      await pf.init();
      // As the search page does: the older shards of the language join the main bundle.
      await mergeShards(pf, `${base}pagefind/`, lang, { baseUrl: '/' });
      return pf as NodePagefind;
    } finally {
      delete (globalThis as { document?: unknown }).document;
    }
  };
  return {
    forLang: (lang) => {
      if (!loaded.has(lang)) loaded.set(lang, load(lang));
      return loaded.get(lang)!;
    },
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

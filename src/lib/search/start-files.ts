/**
 * The files Pagefind fetches to open a language's index, listed at build time
 * in pagefind/start.json. Pagefind fetches them one after another: the entry,
 * then the metadata and WebAssembly, then, once the WebAssembly is in, each
 * closed shard's entry and then its metadata (shards.ts). The search page's
 * worker fetches them all at once (src/scripts/search-early.ts), which takes
 * those round trips off a shared search link.
 */
import { SHARDS_FOLDER } from './shards.ts';

/** The list, in the main bundle's folder. */
export const START_FILE = 'start.json';
/** Pagefind's file naming a bundle's index files by their hashes. */
export const ENTRY = 'pagefind-entry.json';

/** What a bundle's pagefind-entry.json says of each language's index. */
export interface Entry { languages: Record<string, { hash: string; wasm?: string | null }> }

/**
 * Per language, relative to the main bundle: its entry, metadata and
 * WebAssembly, then each closed shard's entry and metadata. `manifest` is
 * shards.json; `read` gives the entry of a bundle folder ('' for the main one).
 */
export function startFiles(manifest: Record<string, string[]>, read: (folder: string) => Entry): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [lang, info] of Object.entries(read('').languages)) {
    // `unknown`: Pagefind's WebAssembly for a language it has no stemmer for (Tajik).
    const files = [ENTRY, `pagefind.${info.hash}.pf_meta`, `wasm.${info.wasm ?? 'unknown'}.pagefind`];
    for (const id of manifest[lang] ?? []) {
      const folder = `${SHARDS_FOLDER}/${id}/`;
      const own = read(folder).languages[lang];
      if (own) files.push(`${folder}${ENTRY}`, `${folder}pagefind.${own.hash}.pf_meta`);
    }
    out[lang] = files;
  }
  return out;
}

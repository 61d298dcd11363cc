/**
 * The glob loader parses a file's frontmatter before it compares the file's digest with the stored
 * entry's, and keeps an unchanged entry as stored, its parse unused: ≈ 0.5 s of the build's thread
 * per 10,000 releases. Here a file whose digest the store holds gets an empty parse instead.
 *
 * Relies on the loader's `generateId` reading the file's path, not its data (content.config.ts),
 * and on Astro passing its entry types to a loader (`entryTypes`, not in its public types): without
 * them the loader parses every file, as before.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoaderContext } from 'astro/loaders';

interface EntryType { getEntryInfo(params: { contents: string; fileUrl: URL }): Promise<unknown> }
type Context = LoaderContext & { entryTypes?: Map<string, EntryType> };

/** What to give the glob loader in place of `context`'s entry types and digest. */
export function unparsedUnchanged(context: Context): Partial<Context> {
  const { entryTypes, store, generateDigest } = context;
  if (!(entryTypes instanceof Map)) return {};
  const root = fileURLToPath(context.config.root);
  const idOf = new Map<string, string>();
  for (const entry of store.values()) if (entry.digest && entry.filePath) idOf.set(resolve(root, entry.filePath), entry.id);
  // A digest computed here is handed to the loader, which asks for the same file's right after.
  const digests = new Map<string, string>();
  const types = new Map([...entryTypes].map(([ext, type]) => [ext, {
    ...type,
    getEntryInfo: async (params: { contents: string; fileUrl: URL }) => {
      const id = idOf.get(fileURLToPath(params.fileUrl));
      const stored = id === undefined ? undefined : store.get(id);
      if (stored?.digest && stored.filePath) {
        const digest = generateDigest(params.contents);
        digests.set(params.contents, digest);
        if (digest === stored.digest) return { data: {}, body: '' };
      }
      return type.getEntryInfo(params);
    },
  }]));
  return {
    entryTypes: types,
    generateDigest: (data) => {
      const digest = typeof data === 'string' ? digests.get(data) : undefined;
      if (digest === undefined) return generateDigest(data);
      digests.delete(data as string);
      return digest;
    },
  };
}

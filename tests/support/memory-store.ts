/** The part of Astro's scoped content store the loaders use, in memory; as Astro's, it ignores an entry whose digest it holds already. */
import type { LoaderContext } from 'astro/loaders';

export type Entry = Parameters<LoaderContext['store']['set']>[0];

export function memoryStore(entries: Entry[] = []) {
  const map = new Map(entries.map((e) => [e.id, e]));
  return {
    map,
    get: (id: string) => map.get(id),
    set: (e: Entry) => {
      if (e.digest && map.get(e.id)?.digest === e.digest) return false;
      map.set(e.id, e);
      return true;
    },
    delete: (id: string) => { map.delete(id); },
    clear: () => { map.clear(); },
    keys: () => [...map.keys()],
    values: () => [...map.values()],
    has: (id: string) => map.has(id),
    addModuleImport: () => {},
    addAssetImports: () => {},
  };
}

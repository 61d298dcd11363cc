/**
 * How the search index is split so that a new release re-indexes a small part
 * of it. A shard is one language's releases of consecutive months; shards fill
 * from the oldest month on and close once they hold `shardSize` pages. The
 * newest (open) shard of every language goes into Pagefind's main bundle
 * (pagefind/), each closed shard into a bundle of its own (pagefind/shards/<id>/),
 * listed per language in pagefind/shards.json; the search page merges a
 * language's closed shards into the main bundle (`mergeShards`).
 * Adding a release changes only the open shards (the main bundle); editing an
 * old one changes its shard. Pure: the plan is a function of the set of
 * release pages, so an incremental build writes what a cold build writes.
 */

/** Release page paths look like `ru/2020/10/07/slug/index.html`. */
const PAGE = /^([^/]+)\/(\d{4})\/(\d\d)\/\d\d\/[^/]+\/index\.html$/;

/** Fewest pages a shard closes at: the most a new release makes the build re-index, per language. */
export const MIN_SHARD = 500;
/** A language has about this many shards at most: the shard size doubles to keep to it. */
export const SHARDS_PER_LANGUAGE = 8;
/** Where closed shards go, below the main bundle. */
export const SHARDS_FOLDER = 'shards';
/** The list of closed shards per language, in the main bundle's folder. */
export const SHARDS_FILE = 'shards.json';

export interface Shard {
  /** `<lang>-<yyyy>-<mm>` of its first month. */
  id: string;
  lang: string;
  pages: string[];
  /** The newest shard of its language, which new releases join. */
  open: boolean;
}

/**
 * The shard size for a language of `count` pages: MIN_SHARD, doubled until the
 * language needs at most SHARDS_PER_LANGUAGE shards. It changes only when the
 * language's archive doubles, so re-indexing all of it stays rare.
 */
export function shardSize(count: number, minShard = MIN_SHARD): number {
  let size = minShard;
  while (count > size * SHARDS_PER_LANGUAGE) size *= 2;
  return size;
}

/** The shards of a set of release pages, by language, oldest first. */
export function planShards(pages: readonly string[], minShard = MIN_SHARD): Shard[] {
  const byLang = new Map<string, Map<string, string[]>>();
  for (const page of [...pages].sort()) {
    const m = PAGE.exec(page);
    if (!m) continue;
    const months = byLang.get(m[1]!) ?? byLang.set(m[1]!, new Map()).get(m[1]!)!;
    const month = `${m[2]}-${m[3]}`;
    (months.get(month) ?? months.set(month, []).get(month)!).push(page);
  }
  const shards: Shard[] = [];
  for (const [lang, months] of byLang) {
    const size = shardSize([...months.values()].reduce((n, p) => n + p.length, 0), minShard);
    let current: Shard | undefined;
    for (const [month, list] of months) {
      if (!current) shards.push(current = { id: `${lang}-${month}`, lang, pages: [], open: false });
      current.pages.push(...list);
      if (current.pages.length >= size) current = undefined;
    }
    shards.filter((s) => s.lang === lang).at(-1)!.open = true;
  }
  return shards;
}

/** The closed shards per language, as pagefind/shards.json lists them. */
export function shardManifest(shards: readonly Shard[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const s of shards) if (!s.open) (out[s.lang] ??= []).push(s.id);
  return out;
}

/** The part of Pagefind's browser API that merging needs. */
export interface Mergeable {
  mergeIndex(path: string, options?: object): Promise<unknown>;
}

/**
 * Merges the closed shards of `lang` into a Pagefind instance opened on the
 * main bundle at `bundle` (e.g. `/pagefind/`), with the same options.
 * A site whose languages fit one shard each has none to merge. `asked` is
 * called once every merge has been asked for, before they are done.
 */
export async function mergeShards(pf: Mergeable, bundle: string, lang: string, options: object = {}, get = fetch, asked = () => {}): Promise<number> {
  const response = await get(`${bundle}${SHARDS_FILE}`);
  const ids = response.ok ? ((await response.json()) as Record<string, string[]>)[lang] ?? [] : [];
  const merging = Promise.all(ids.map((id) => pf.mergeIndex(`${bundle}${SHARDS_FOLDER}/${id}/`, { ...options, language: lang })));
  asked();
  await merging;
  return ids.length;
}

/**
 * How the search index is split so that a new release re-indexes a small part
 * of it, while the search page opens few indexes. Per language, releases are cut
 * into blocks of consecutive whole months, from the oldest on, each closing once
 * it holds `blockSize` pages; the newest, unfinished block is the open shard.
 * The closed blocks are grouped as the binary digits of their number (11 blocks:
 * 8 + 2 + 1), each group one closed shard, so a language has at most about
 * log2(blocks) + 1 of them; a group holds at most `MAX_GROUP` blocks (older
 * ones fill groups of that size), because Pagefind's memory grows with the pages
 * of the bundle it writes (1.9 GiB for 4,171 Tajik pages): without the cap a
 * 100,000-release archive would give it a 32,000-page shard. The open shard of every language goes into Pagefind's
 * main bundle (pagefind/), each closed shard into a bundle of its own
 * (pagefind/shards/<id>/), listed per language in pagefind/shards.json; the
 * search page merges a language's closed shards into the main bundle (`mergeShards`).
 * Adding a release changes only the open shards (the main bundle); when a block
 * closes, the groups it completes are merged into one (a binary carry: rare, and
 * the larger, the rarer). Editing an old release changes its shard. Pure: the plan
 * is a function of the set of release pages, so an incremental build writes what
 * a cold build writes.
 */

/** Release page paths look like `ru/2020/10/07/slug/index.html`. */
const PAGE = /^([^/]+)\/(\d{4})\/(\d\d)\/\d\d\/[^/]+\/index\.html$/;

/**
 * Fewest pages a block closes at. The open block is what a new release makes the build
 * re-index (every language's: they share the main bundle), so it is kept small: at 10,000
 * releases the three open blocks held 819 pages with 500 (3.8 s of Pagefind in a one-release
 * rebuild), 103 with 125 (docs/benchmark.md).
 */
export const BLOCK_SIZE = 125;
/**
 * Most blocks in one closed shard: about 1,650 pages, more where a month alone holds more than a
 * block (2,850 at 100,000 releases). Pagefind's memory grows with a bundle's pages (1.9 GiB for
 * 4,171 Tajik pages) and two bundles are indexed side by side while their estimate stays under
 * MEMORY_AT_ONCE (build-index.ts). 16 blocks gave 2,186-page Tajik shards, too large to pair with
 * the other large bundles; the cold step was no slower for it (docs/benchmark.md), but 12 keeps
 * every bundle below about 1,800 pages up to 20,000 releases.
 */
export const MAX_GROUP = 12;
/** Where closed shards go, below the main bundle. */
export const SHARDS_FOLDER = 'shards';
/** The list of closed shards per language, in the main bundle's folder. */
export const SHARDS_FILE = 'shards.json';

export interface Shard {
  /** `<lang>-<yyyy>-<mm>` of its first month, then `-<yyyy>-<mm>` of its last for a closed shard. */
  id: string;
  lang: string;
  pages: string[];
  /** The newest shard of its language, which new releases join. */
  open: boolean;
}

interface Block { first: string; last: string; pages: string[] }

/** A language's months (oldest first) cut into blocks closing at `size` pages; the last one is open (it stays so until a later month starts another). */
function blocksOf(months: Map<string, string[]>, size: number): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  for (const [month, list] of months) {
    if (!current) blocks.push(current = { first: month, last: month, pages: [] });
    current.pages.push(...list);
    current.last = month;
    if (current.pages.length >= size) current = undefined;
  }
  return blocks;
}

/** Group sizes, oldest first, of `n` closed blocks: full groups of `max`, then the powers of two that sum to the rest. */
export function groupSizes(n: number, max = MAX_GROUP): number[] {
  const sizes: number[] = Array.from({ length: Math.floor(n / max) }, () => max);
  const rest = n % max;
  for (let bit = 2 ** Math.floor(Math.log2(Math.max(rest, 1))); bit >= 1; bit /= 2) if (rest & bit) sizes.push(bit);
  return sizes;
}

/** The shards of a set of release pages, by language, oldest first. */
export function planShards(pages: readonly string[], blockSize = BLOCK_SIZE): Shard[] {
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
    const blocks = blocksOf(months, blockSize);
    const open = blocks.pop()!;
    let at = 0;
    for (const size of groupSizes(blocks.length)) {
      const group = blocks.slice(at, at += size);
      shards.push({ id: `${lang}-${group[0]!.first}-${group.at(-1)!.last}`, lang, pages: group.flatMap((b) => b.pages), open: false });
    }
    shards.push({ id: `${lang}-${open.first}`, lang, pages: open.pages, open: true });
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

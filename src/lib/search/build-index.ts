/**
 * Writes the search index of a built site (dist/pagefind/), as shards
 * (shards.ts): indexes with Pagefind's Node API only the bundles whose pages
 * changed since the copies in the cache folder, copies the others. Tajik pages
 * are given to Pagefind with each word's search key (annotate.ts), every page
 * with its header cells and captions separated (separate.ts). Build side
 * only: never bundled for the browser.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import { Worker } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { annotateTajikPage } from './annotate.ts';
import { indexedPart } from './index-digest.ts';
import { FileMemo } from '../content/file-memo.ts';
import { separateBlocks } from './separate.ts';
import { planShards, shardManifest, SHARDS_FILE, SHARDS_FOLDER } from './shards.ts';
import { ENTRY, START_FILE, startFiles, type Entry } from './start-files.ts';

/** Throws with Pagefind's own messages when a step reports errors. */
function check(step: string, errors: string[]): void {
  if (errors.length) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

/** Release pages below the output folder, as a glob. */
export const RELEASE_PAGES = '*/[0-9][0-9][0-9][0-9]/[0-9][0-9]/[0-9][0-9]/*/index.html';

/**
 * The files of `site` that RELEASE_PAGES matches, found by walking its four levels of folders:
 * globSync took 0.45–0.58 s for the 10,001 release pages of a 10,000-release site, this ≈ 0.19 s.
 */
export function releasePages(site: string): string[] {
  const below = (folder: string, name: RegExp) => readdirSync(join(site, folder), { withFileTypes: true })
    .filter((d) => d.isDirectory() && name.test(d.name)).map((d) => (folder ? `${folder}/${d.name}` : d.name));
  const pages: string[] = [];
  // As the glob's `*`: no name that starts with a dot.
  for (const lang of below('', /^[^.]/)) {
    for (const year of below(lang, /^\d{4}$/)) {
      for (const month of below(year, /^\d{2}$/)) {
        for (const day of below(month, /^\d{2}$/)) {
          for (const slug of below(day, /^[^.]/)) {
            if (statSync(join(site, slug, 'index.html'), { throwIfNoEntry: false })?.isFile()) pages.push(`${slug}/index.html`);
          }
        }
      }
    }
  }
  return pages;
}
/** Languages whose pages get search keys before indexing. */
const KEYED = new Set(['tg']);

/** One Pagefind bundle to write: its cache name, its folder below pagefind/, its pages. */
export interface Bundle { name: string; folder: string; pages: string[] }

/** The bundles of a site: the main one with every language's open shard, then each closed shard. */
export function bundles(pages: readonly string[], blockSize?: number): Bundle[] {
  const shards = planShards(pages, blockSize);
  return [
    { name: 'main', folder: '', pages: shards.filter((s) => s.open).flatMap((s) => s.pages) },
    ...shards.filter((s) => !s.open).map((s) => ({ name: s.id, folder: join(SHARDS_FOLDER, s.id), pages: s.pages })),
  ];
}

/** Hash of a bundle's pages (paths and what of them is indexed, index-digest.ts) and of the indexer (Pagefind's version, the key rules). */
export function bundleDigest(site: string, bundle: Bundle, indexer: string, memo?: FileMemo<string>): string {
  const pageHash = (file: string) => createHash('sha256').update(indexedPart(readFileSync(file, 'utf8'))).digest('base64');
  const hash = createHash('sha256').update(`${indexer}\n`);
  for (const page of bundle.pages) {
    const file = join(site, page);
    hash.update(`${page}\n`).update(memo ? memo.get(file, pageHash) : pageHash(file)).update('\n');
  }
  return hash.digest('hex');
}

/** Indexes one bundle's pages (Tajik ones with their keys) into `outputPath`. */
export async function writeBundle(site: string, bundle: Bundle, outputPath: string): Promise<void> {
  const created = await pagefind.createIndex({});
  check('createIndex', created.errors);
  const index = created.index!;
  for (const sourcePath of bundle.pages) {
    const html = separateBlocks(readFileSync(join(site, sourcePath), 'utf8'));
    const added = await index.addHTMLFile({ sourcePath, content: KEYED.has(sourcePath.split('/')[0]!) ? annotateTajikPage(html) : html });
    check('addHTMLFile', added.errors);
  }
  const written = await index.writeFiles({ outputPath });
  check('writeFiles', written.errors);
  // Pagefind keeps an index in memory until it is deleted: one bundle at a time. Its process keeps
  // the memory it grew to even then, so it is ended after each bundle; the next starts a new one, and
  // the build's memory peak (Astro is still resident) grows by the largest bundle, not by the whole index.
  await index.deleteIndex();
  await pagefind.close();
}

/** In the cache folder beside the bundles: each page's digest. */
const PAGE_MEMO = 'pages.json';

/**
 * Pagefind's memory (MiB) for a bundle: it grows with the pages it indexes, ≈ 0.46 MiB a Tajik page
 * (with its search keys) and ≈ 0.25 MiB another (its processes' peaks at 10,000 releases: 962 MiB for
 * ≈ 2,100 Tajik pages, 469–515 MiB for as many Russian or English ones).
 */
export const bundleMemory = (bundle: Bundle): number =>
  bundle.pages.reduce((mib, page) => mib + (KEYED.has(page.split('/')[0]!) ? 0.46 : 0.25), 0);
/**
 * What the bundles indexed at once may take together (MiB, estimated): a bundle over it is indexed alone.
 * 1,460 lets the largest Tajik shard run beside a 2,000-page Russian or English one or the other Tajik
 * shard; at 1,300 nothing but the small bundles fitted beside it, so one core idled while it finished
 * and again at the end (10,000 releases: the step 100.6 s against 131.6 s on a loaded machine, its
 * memory peak 1,598 against 1,480 MiB; at most ≈ 962 + 515 MiB of Pagefind and ≈ 410 MiB of ours).
 */
export const MEMORY_AT_ONCE = 1460;

/**
 * The order bundles are indexed in, two at a time (`atOnce`) while their memory together stays under
 * MEMORY_AT_ONCE: the largest first, and beside it the largest that still fits. Each bundle is one
 * Pagefind process and one thread of this process, so on 2 cores two bundles take about the time of one.
 */
export async function indexEach(todo: Bundle[], index: (b: Bundle) => Promise<void>, atOnce: number): Promise<void> {
  const waiting = [...todo].sort((a, b) => bundleMemory(b) - bundleMemory(a));
  const running = new Map<Bundle, Promise<Bundle>>();
  while (waiting.length || running.size) {
    const used = [...running.keys()].reduce((m, b) => m + bundleMemory(b), 0);
    const next = running.size < atOnce ? waiting.findIndex((b) => !running.size || used + bundleMemory(b) <= MEMORY_AT_ONCE) : -1;
    if (next >= 0) {
      const [bundle] = waiting.splice(next, 1);
      running.set(bundle!, index(bundle!).then(() => bundle!));
      continue;
    }
    running.delete(await Promise.race(running.values()));
  }
}

/** Bundles indexed at once: two on two cores or more (PRESS_INDEX_AT_ONCE to set it, 1 for one at a time in this thread). */
export function indexersAtOnce(cores = availableParallelism(), setting = process.env.PRESS_INDEX_AT_ONCE): number {
  const n = setting?.trim() ? Number(setting) : Math.min(2, cores);
  if (!Number.isInteger(n) || n < 1) throw new Error(`PRESS_INDEX_AT_ONCE: "${setting}" is not a whole number of bundles, at least 1`);
  return n;
}

/** One bundle indexed by a thread of its own (bundle-worker.ts), so with its own Pagefind process, ended with it. */
function writeBundleInWorker(site: string, bundle: Bundle, outputPath: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./bundle-worker.ts', import.meta.url), { workerData: { site, bundle, outputPath } });
    worker.once('error', reject);
    worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`indexing ${bundle.name} stopped (exit code ${code})`))));
  });
}

/** Files of the main bundle's folder that are not Pagefind's: the shards and their lists. */
const OWN = new Set([SHARDS_FOLDER, SHARDS_FILE, START_FILE]);

/** The files below `dir` with their sizes (index files are named by their hashes), shards left out for the main bundle. */
function listing(dir: string, main: boolean): string {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)))
    .filter((f) => !main || !OWN.has(f.split('/')[0]!))
    .map((f) => `${f} ${statSync(join(dir, f)).size}`).sort().join('\n');
}

/**
 * Puts the stored bundle at `output`/`folder`, unless an earlier build left it
 * there already (an output folder kept between builds, src/integrations/kept-dist.ts):
 * then nothing is copied. Otherwise what is there is removed first (for the main
 * bundle, everything but the shards), so no file of an older index stays behind.
 */
export function placeBundle(stored: string, output: string, folder: string): void {
  const target = join(output, folder);
  const entry = join(target, ENTRY);
  if (existsSync(entry) && readFileSync(entry).equals(readFileSync(join(stored, ENTRY)))
    && listing(target, folder === '') === listing(stored, false)) return;
  if (existsSync(target)) {
    rmSync(entry, { force: true });
    for (const name of readdirSync(target)) {
      if (folder === '' && OWN.has(name)) continue;
      rmSync(join(target, name), { recursive: true, force: true });
    }
  }
  cpSync(stored, target, { recursive: true, filter: (src) => src !== join(stored, ENTRY) });
  copyFileSync(join(stored, ENTRY), entry);
}

/**
 * Writes site/pagefind/: indexes the bundles whose pages changed since the
 * copies in `cache`, copies the others, and keeps in `cache` only this build's.
 * Returns how many pages were read.
 */
export async function writeIndex(site: string, cache: string, indexer: string, log: (line: string) => void = () => {}, blockSize?: number, atOnce = indexersAtOnce()): Promise<number> {
  const output = join(site, 'pagefind');
  const pages = releasePages(site);
  const all = bundles(pages, blockSize);
  // Pages a rebuild left in place are not read again for the digests (src/lib/content/file-memo.ts).
  const memo = new FileMemo<string>(join(cache, PAGE_MEMO), indexer);
  const kept = new Set<string>([PAGE_MEMO]);
  const stored = all.map((bundle) => join(cache, `${bundle.name}-${bundleDigest(site, bundle, indexer, memo)}`));
  for (const dir of stored) kept.add(relative(cache, dir));
  let read = 0;
  try {
    const todo = all.filter((_, i) => !existsSync(stored[i]!));
    await indexEach(todo, async (bundle) => {
      const dir = stored[all.indexOf(bundle)]!;
      rmSync(`${dir}.partial`, { recursive: true, force: true });
      await (atOnce > 1 ? writeBundleInWorker(site, bundle, `${dir}.partial`) : writeBundle(site, bundle, `${dir}.partial`));
      // Renamed once whole, so a stopped build leaves no half bundle in the cache.
      renameSync(`${dir}.partial`, dir);
      read += bundle.pages.length;
      log(`indexed ${bundle.pages.length} pages into ${bundle.name}`);
    }, atOnce);
    for (const [i, bundle] of all.entries()) placeBundle(stored[i]!, output, bundle.folder);
  } finally {
    await pagefind.close();
  }
  memo.save();
  mkdirSync(output, { recursive: true });
  const shardsDir = join(output, SHARDS_FOLDER);
  for (const old of existsSync(shardsDir) ? readdirSync(shardsDir) : []) {
    if (!all.some((b) => b.folder === join(SHARDS_FOLDER, old))) rmSync(join(shardsDir, old), { recursive: true, force: true });
  }
  const manifest = shardManifest(planShards(pages, blockSize));
  writeFileSync(join(output, SHARDS_FILE), `${JSON.stringify(manifest)}\n`);
  const entry = (folder: string) => JSON.parse(readFileSync(join(output, folder, ENTRY), 'utf8')) as Entry;
  writeFileSync(join(output, START_FILE), `${JSON.stringify(startFiles(manifest, entry))}\n`);
  for (const name of existsSync(cache) ? readdirSync(cache) : []) {
    if (!kept.has(name)) rmSync(join(cache, name), { recursive: true, force: true });
  }
  return read;
}

/** What the index depends on besides the pages: Pagefind's version and the key rules. */
export function indexerVersion(root: URL): string {
  const version = JSON.parse(readFileSync(new URL('node_modules/pagefind/package.json', root), 'utf8')).version;
  const rules = ['build-index.ts', 'index-digest.ts', 'annotate.ts', 'separate.ts', 'query.ts', 'fold.ts', 'tajik-stem.ts', 'shards.ts']
    .map((f) => readFileSync(new URL(`src/lib/search/${f}`, root), 'utf8'));
  return createHash('sha256').update([version, RELEASE_PAGES, ...rules].join('\n')).digest('hex');
}

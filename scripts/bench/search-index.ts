/**
 * Time and memory of the search-index step on a built site, before and after
 * sharding (src/integrations/pagefind.ts):
 *   node scripts/bench/search-index.ts <dist>   (a site built from the generated corpus)
 * - one bundle: Pagefind over every release page at once, as the build did before shards;
 * - shards, cold: every bundle indexed (empty cache);
 * - shards, unchanged: nothing changed, every bundle copied from the cache;
 * - shards, one new release: a release added in the newest month, the cache kept.
 * Memory is the peak resident size of this process and its children (Pagefind's binary)
 * above this process's own before the step. Works on a copy of <dist>/'s release pages.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import { RELEASE_PAGES, indexerVersion, releasePages, writeIndex } from '../../src/lib/search/build-index.ts';
import { treeRss, watchPeakRss } from './proc-tree.ts';

const dist = process.argv[2];
if (!dist) throw new Error('usage: node scripts/bench/search-index.ts <dist>');
const work = join(tmpdir(), `search-index-bench-${process.pid}`);
const site = join(work, 'site');
const cache = join(work, 'cache');
const pages = releasePages(dist).sort();
for (const p of pages) cpSync(join(dist, p), join(site, p));
const indexer = indexerVersion(new URL('../../', import.meta.url));

async function step(name: string, run: () => Promise<number>) {
  const base = treeRss(process.pid);
  const watch = watchPeakRss(process.pid);
  const start = performance.now();
  const read = await run();
  const seconds = (performance.now() - start) / 1000;
  const peak = watch.stop();
  console.log(`| ${name} | ${read} | ${seconds.toFixed(1)} | ${Math.round((peak - base) / 2 ** 20)} |`);
}

console.log(`${pages.length} release pages\n\n| step | pages read | seconds | peak MiB above start |\n|---|---|---|---|`);
await step('one bundle (before)', async () => {
  try {
    const { index } = await pagefind.createIndex({});
    const added = await index!.addDirectory({ path: site, glob: RELEASE_PAGES });
    await index!.writeFiles({ outputPath: join(work, 'one-bundle') });
    return added.page_count;
  } finally {
    await pagefind.close();
  }
});
await step('shards, cold', () => writeIndex(site, cache, indexer));
await step('shards, unchanged', () => writeIndex(site, cache, indexer));
const newest = pages.filter((p) => p.startsWith('ru/')).at(-1)!;
const added = join(site, dirname(newest), '..', 'bench-added-release', 'index.html');
mkdirSync(dirname(added), { recursive: true });
writeFileSync(added, readFileSync(join(site, newest), 'utf8').replace('<h1>', '<h1>Added '));
await step('shards, one new release', () => writeIndex(site, cache, indexer));
rmSync(work, { recursive: true, force: true });

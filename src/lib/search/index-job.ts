/**
 * The search index as a step of its own after Astro's build (`npm run build`, scripts/build.ts).
 * Indexing inside Astro's last hook put Pagefind's memory on top of Astro's, which is still
 * resident then (docs/benchmark.md). With INDEX_LATER set, the integration
 * (src/integrations/pagefind.ts) writes what to index into the file the variable names instead,
 * and the step reads it once Astro's process has ended (index-later.ts runs it). No Pagefind here:
 * the command that waits on Astro's build loads only this.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** The variable naming the file the build leaves its search-index job in. */
export const INDEX_LATER = 'PRESS_SEARCH_INDEX_LATER';

/** What the step indexes: the finished site, the index cache, the indexer's version (build-index.ts). */
export interface IndexJob { site: string; cache: string; indexer: string }

/** Writes the job for the step after the build. */
export function leaveIndexJob(file: string, job: IndexJob): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(job)}\n`);
}

/** Reads the job the build left; an error naming the file when the build left none. */
export function readIndexJob(file: string): IndexJob {
  let job: Partial<IndexJob>;
  try {
    job = JSON.parse(readFileSync(file, 'utf8')) as Partial<IndexJob>;
  } catch {
    throw new Error(`the build left no search-index job in ${file} (is src/integrations/pagefind.ts in astro.config.mjs?)`);
  }
  if (typeof job.site !== 'string' || typeof job.cache !== 'string' || typeof job.indexer !== 'string') {
    throw new Error(`the search-index job in ${file} lacks site, cache or indexer`);
  }
  return job as IndexJob;
}

/**
 * Runs a search-index job (index-job.ts): in Astro's last hook for a bare `astro build`, or
 * after Astro's process has ended for `npm run build` (scripts/build.ts). Both log the same
 * lines and write the same index. Build side only.
 */
import { join } from 'node:path';
import { writeIndex } from './build-index.ts';
import type { IndexJob } from './index-job.ts';

/** Writes the job's index, logging its start and end as the benchmark reads them. Returns the pages read. */
export async function runIndexJob(job: IndexJob, log: (line: string) => void): Promise<number> {
  log(`indexing ${job.site}`);
  const read = await writeIndex(job.site, job.cache, job.indexer, log);
  log(`read ${read} pages, wrote the index for release pages to ${join(job.site, 'pagefind')}`);
  return read;
}

/** How scripts/build.ts starts Astro's process: its environment (kept apart so a test can read it). */
import { INDEX_LATER } from '../src/lib/search/index-job.ts';

/**
 * The environment of Astro's process: the search index left to the step after it (`jobFile`), and
 * MIMALLOC_PURGE_DELAY=0 unless set: the bundler's and the Markdown renderer's native allocator then hands
 * freed memory back at once instead of keeping it for reuse (10,000 releases, cold: Astro's process
 * 2,813 → 2,602 MiB at its peak; 1,000: 1,021 → 893 MiB).
 */
export function astroEnv(env: NodeJS.ProcessEnv, jobFile: string): NodeJS.ProcessEnv {
  return { MIMALLOC_PURGE_DELAY: '0', ...env, [INDEX_LATER]: jobFile };
}

/**
 * Node's options for Astro's process: the caller's, and --expose-gc, so the build collects the heap
 * the content sync left before bundling (src/integrations/collect-after-sync.ts).
 */
export function astroNodeArgs(execArgv: readonly string[]): string[] {
  return execArgv.includes('--expose-gc') ? [...execArgv] : ['--expose-gc', ...execArgv];
}

/** How scripts/build.ts starts Astro's process: its environment (kept apart so a test can read it). */
import { spawnSync } from 'node:child_process';
import { totalmem } from 'node:os';
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

/** The young generation's semi-space, in MiB (V8's own default on this machine's Node: 64). */
export const SEMI_SPACE_MIB = 16;

/**
 * The old generation's ceiling for a machine with `totalBytes` of memory: three quarters of it, and never
 * below V8's own default (≈ 4 GiB on 64-bit Node), which a large archive would otherwise reach while
 * the content store is parsed and serialised (docs/benchmark.md). A ceiling only: V8 grows the heap by
 * what is live, so a small site uses no more than before.
 */
export function oldSpaceMib(totalBytes: number): number {
  return Math.max(4096, Math.floor((totalBytes * 0.75) / 2 ** 20));
}

/**
 * How far V8 lets the old generation grow above what was live after its last full collection, in per
 * cent. V8's own factor goes up to 4× when collections are fast, and the pages it frees when the heap
 * shrinks again stay mapped: 10,000 releases, 216 MiB live at the end of the pages but 647 MiB committed
 * early in them, and Astro's resident memory grew with that high-water mark, ≈ 60 MiB per 1,000 releases.
 */
export const HEAP_GROWING_PERCENT = 35;

/** Whether this Node takes the V8 option `flag` (V8's own options may change with a Node upgrade; Node refuses unknown ones). */
export function nodeTakes(flag: string): boolean {
  return spawnSync(process.execPath, [flag, '-e', ''], { stdio: 'ignore' }).status === 0;
}

/**
 * Node's options for Astro's process: the caller's (from the command line or NODE_OPTIONS), and where
 * the caller sets none of their own:
 * - --expose-gc, so the build collects the heap the content sync left before bundling
 *   (src/integrations/collect-after-sync.ts);
 * - a 16 MiB semi-space: V8 otherwise lets the young generation grow to 2 × 64 MiB in each isolate
 *   (Astro's thread and the card worker), all of it resident for the whole build; 2,000 releases,
 *   cold: Astro's process 999 → 848 MiB, CPU within the noise (47.9 and 48.7 s);
 * - the old generation's ceiling from the machine's memory (oldSpaceMib());
 * - a heap growing factor of 1.35 (HEAP_GROWING_PERCENT), where this Node takes it: 2,000 releases, cold:
 *   Astro's process 813 → 627 MiB, CPU 45.7 → 47.8 s.
 */
export function astroNodeArgs(
  execArgv: readonly string[], totalBytes = totalmem(), nodeOptions = process.env.NODE_OPTIONS ?? '', takes = nodeTakes,
): string[] {
  const given = (flag: string) => [...execArgv, ...nodeOptions.split(/\s+/)].some((a) => a === flag || a.startsWith(`${flag}=`));
  const growing = `--heap-growing-percent=${HEAP_GROWING_PERCENT}`;
  return [
    ...(given('--expose-gc') ? [] : ['--expose-gc']),
    ...(given('--max-semi-space-size') ? [] : [`--max-semi-space-size=${SEMI_SPACE_MIB}`]),
    ...(given('--max-old-space-size') ? [] : [`--max-old-space-size=${oldSpaceMib(totalBytes)}`]),
    ...(given('--heap-growing-percent') || !takes(growing) ? [] : [growing]),
    ...execArgv,
  ];
}

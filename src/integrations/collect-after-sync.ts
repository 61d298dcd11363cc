/**
 * A full garbage collection between the content sync and the bundling. What the sync
 * leaves on the heap is garbage V8 has not yet collected when the bundler starts, and the
 * bundler's native memory then comes on top of it: 10,000 releases, a heap of ≈ 1 GiB (of
 * which ≈ 0.2 GiB live) under ≈ 0.8 GiB of bundling made the build's memory peak
 * (docs/benchmark.md). Only where Node exposes the collector (`npm run build` starts Astro
 * with --expose-gc, scripts/build-env.ts); elsewhere it does nothing, and the output is the same.
 */
import type { AstroIntegration } from 'astro';

const mib = (bytes: number) => Math.round(bytes / 2 ** 20);

export function collectAfterSync(gc = (globalThis as { gc?: () => void }).gc): AstroIntegration {
  return {
    name: 'press-collect-after-sync',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (!gc) return;
        const before = process.memoryUsage().heapTotal;
        gc();
        logger.info(`heap after the content sync: ${mib(before)} → ${mib(process.memoryUsage().heapTotal)} MiB`);
      },
    },
  };
}

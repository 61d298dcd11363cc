/**
 * What the content sync leaves in memory, let go between the sync and the bundling.
 *
 * 1. Astro keeps its content layer, and with it the whole content store (every entry, its
 *    rendered HTML included), in a module-level singleton after the sync, though a build
 *    never reads it again: the pages read the store from its file (data-store-from-disk.ts).
 *    A heap snapshot at the end of the pages (2,000 releases) had it as the largest single
 *    retainer, 18 MiB, growing with every release. It is disposed of here, as Astro itself
 *    does before a new sync (its `globalContentLayer.dispose()`). The singleton is not part of
 *    Astro's public API: it is looked up by file, and when it is not where this version of
 *    Astro has it, nothing is done (the store then stays, the output is the same).
 * 2. A full garbage collection. What the sync leaves on the heap is garbage V8 has not yet
 *    collected when the bundler starts, and the bundler's native memory then comes on top of
 *    it: 10,000 releases, a heap of ≈ 1 GiB (of which ≈ 0.2 GiB live) under ≈ 0.8 GiB of
 *    bundling made the build's memory peak (docs/benchmark.md). Only where Node exposes the
 *    collector (`npm run build` starts Astro with --expose-gc, scripts/build-env.ts).
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { AstroIntegration } from 'astro';

const mib = (bytes: number) => Math.round(bytes / 2 ** 20);

interface ContentLayerSingleton { get(): unknown; dispose(): void }

/** Astro's content layer singleton (astro/dist/content/instance.js), or undefined where this Astro has none. */
export function astroContentLayer(): ContentLayerSingleton | undefined {
  try {
    const require = createRequire(import.meta.url);
    const file = join(dirname(require.resolve('astro/package.json')), 'dist/content/instance.js');
    if (!existsSync(file)) return undefined;
    // require(), not import(): Astro may load this file through Vite's module runner, whose import()
    // would evaluate a second copy of the module; Node's own loader returns the one Astro uses.
    const { globalContentLayer } = require(file) as { globalContentLayer?: Partial<ContentLayerSingleton> };
    return typeof globalContentLayer?.get === 'function' && typeof globalContentLayer.dispose === 'function'
      ? globalContentLayer as ContentLayerSingleton
      : undefined;
  } catch {
    return undefined;
  }
}

export function collectAfterSync(
  gc = (globalThis as { gc?: () => void }).gc,
  contentLayer: () => ContentLayerSingleton | undefined = astroContentLayer,
): AstroIntegration {
  return {
    name: 'press-collect-after-sync',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const layer = contentLayer();
        const released = layer?.get() != null;
        if (released) layer!.dispose();
        if (!gc) return;
        const before = process.memoryUsage().heapTotal;
        gc();
        const store = released ? ' (the content layer\'s store released)' : '';
        logger.info(`heap after the content sync: ${mib(before)} → ${mib(process.memoryUsage().heapTotal)} MiB${store}`);
      },
    },
  };
}

/**
 * Astro bundles the whole content store into the build as one module,
 * `export default JSON.parse("<the store as one string literal>")`. V8 takes time
 * that grows faster than the store to compile such a literal: measured on its own,
 * 16 s for the store of 10,000 releases (93 M characters) and 68 s for 20,000. This
 * site is only prerendered on the machine that builds it, so the module can read
 * the same file from Astro's cache folder when it runs instead.
 * It also names the folder where a build keeps the releases' rendered HTML out of the store
 * (src/lib/content/rendered-files.ts), next to the store in the cache.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { RENDERED_DIR } from '../lib/content/rendered-files.ts';

const STORE_MODULE = '\0astro:data-layer-content';
const STORE_ID = /^\0astro:data-layer-content$/;

export function dataStoreFromDisk(): AstroIntegration {
  let fromDisk = false;
  return {
    name: 'press-data-store-from-disk',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        const file = fileURLToPath(new URL('data-store.json', config.cacheDir));
        // Read by the release loader during the sync and by the pages, both in this process.
        process.env[RENDERED_DIR] = fileURLToPath(new URL('rendered-html/', config.cacheDir));
        updateConfig({
          vite: {
            plugins: [{
              name: 'press-data-store-from-disk',
              // Before Astro's own load, which reads, parses and re-quotes the whole store
              // (three copies of it in memory) only for the module to be replaced. Astro's plugin is
              // 'pre' too and comes first, so `enforce` alone left this hook never called: the hook's
              // own order puts it first (tests/build/incremental.test.ts reads the line below in the log).
              enforce: 'pre',
              load: { order: 'pre', filter: { id: STORE_ID }, handler(id: string) {
                if (id !== STORE_MODULE || !existsSync(file)) return undefined; // Astro's empty stub
                fromDisk = true;
                return {
                  code: `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));`,
                  map: { mappings: '' },
                  // What Astro marks its own store module with: content data, left out of the
                  // code hash of each page (pages key their data with cacheKey instead).
                  meta: { astroIncremental: { kind: 'content-data' } },
                };
              } },
            }],
          },
        });
      },
      'astro:build:done': ({ logger }) => {
        if (fromDisk) logger.info('the pages read the content store from its file in the cache (not bundled)');
      },
    },
  };
}

/**
 * Astro bundles the whole content store into the build as one module,
 * `export default JSON.parse("<the store as one string literal>")`. V8 takes time
 * that grows faster than the store to compile such a literal: measured on its own,
 * 16 s for the store of 10,000 releases (93 M characters) and 68 s for 20,000. This
 * site is only prerendered on the machine that builds it, so the module can read
 * the same file from Astro's cache folder when it runs instead.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const STORE_MODULE = '\0astro:data-layer-content';

export function dataStoreFromDisk(): AstroIntegration {
  return {
    name: 'press-data-store-from-disk',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        const file = fileURLToPath(new URL('data-store.json', config.cacheDir));
        updateConfig({
          vite: {
            plugins: [{
              name: 'press-data-store-from-disk',
              transform(code: string, id: string) {
                // Astro's own module when the store file exists; its stub otherwise, left alone.
                if (id !== STORE_MODULE || !code.startsWith('export default JSON.parse(')) return undefined;
                return {
                  code: `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));`,
                  map: { mappings: '' },
                };
              },
            }],
          },
        });
      },
    },
  };
}

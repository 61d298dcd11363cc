/**
 * Indexes the built site with Pagefind once Astro has written it, so every
 * `astro build` (and `npm start`, which builds then serves dist/) ships a
 * search index in dist/pagefind/. Pagefind splits a bundle by <html lang>: one
 * index per language, each with that language's stemmer if it has one.
 * The work is in src/lib/search/build-index.ts: shards, so that a rebuild
 * indexes only the part whose pages changed (a new release: the main bundle),
 * and Tajik search keys, since Pagefind has no Tajik stemmer.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { indexerVersion, writeIndex } from '../lib/search/build-index.ts';

/** The Astro integration: runs Pagefind over the output folder at astro:build:done. */
export default function pagefindIntegration(): AstroIntegration {
  let cache = '';
  let indexer = '';
  return {
    name: 'press-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        cache = join(fileURLToPath(config.cacheDir), 'pagefind');
        indexer = indexerVersion(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir).replace(/\/$/, '');
        logger.info(`indexing ${site}`);
        const read = await writeIndex(site, cache, indexer, (line) => logger.info(line));
        logger.info(`read ${read} pages, wrote the index for release pages to ${join(site, 'pagefind')}`);
      },
    },
  };
}

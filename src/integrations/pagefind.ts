/**
 * Indexes the built site with Pagefind once Astro has written it, so every
 * output folder ships a search index in dist/pagefind/. Pagefind splits a
 * bundle by <html lang>: one index per language, each with that language's
 * stemmer if it has one. The work is in src/lib/search/build-index.ts: shards,
 * so that a rebuild indexes only the part whose pages changed (a new release:
 * the main bundle), and Tajik search keys, since Pagefind has no Tajik stemmer.
 *
 * `npm run build` (scripts/build.ts) runs the index after Astro's process has
 * ended, so Pagefind's memory does not add to Astro's: with INDEX_LATER set
 * (src/lib/search/index-job.ts) this hook only leaves the job. A bare
 * `astro build` indexes here, as before.
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { indexerVersion } from '../lib/search/build-index.ts';
import { INDEX_LATER, leaveIndexJob } from '../lib/search/index-job.ts';
import { runIndexJob } from '../lib/search/index-later.ts';

/**
 * The Astro integration: runs Pagefind over the output folder at astro:build:done.
 * `siteDir`: where the site ends up when that is not Astro's output folder (a staged
 * build is moved after this hook, src/integrations/out-dir.ts): the later step indexes it there.
 */
export default function pagefindIntegration({ siteDir }: { siteDir?: string } = {}): AstroIntegration {
  let cache = '';
  let indexer = '';
  let root = '';
  return {
    name: 'press-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        cache = join(fileURLToPath(config.cacheDir), 'pagefind');
        indexer = indexerVersion(config.root);
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const built = fileURLToPath(dir).replace(/\/$/, '');
        const later = process.env[INDEX_LATER];
        if (later) {
          const site = siteDir ? resolve(root, siteDir) : built;
          leaveIndexJob(later, { site, cache, indexer });
          logger.info(`search index of ${site}: left to the step after Astro's build`);
          return;
        }
        await runIndexJob({ site: built, cache, indexer }, (line) => logger.info(line));
      },
    },
  };
}

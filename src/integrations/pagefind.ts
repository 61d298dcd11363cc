/**
 * Indexes the built site with Pagefind once Astro has written it, so every
 * `astro build` (and `npm start`, which builds then serves dist/) ships a
 * search index in dist/pagefind/. Pagefind splits the index by <html lang>:
 * one index per site language, each with that language's stemmer if it has one.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Throws with Pagefind's own messages when a step reports errors. */
function check(step: string, errors: string[]): void {
  if (errors.length) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

/** Release pages below the output folder, as Pagefind's glob. */
export const RELEASE_PAGES = '*/[0-9][0-9][0-9][0-9]/[0-9][0-9]/[0-9][0-9]/*/index.html';

/** The Astro integration: runs Pagefind over the output folder at astro:build:done. */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'press-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        logger.info(`indexing ${site}`);
        try {
          const created = await pagefind.createIndex({});
          check('createIndex', created.errors);
          const index = created.index!;
          // Only release pages (<lang>/<yyyy>/<mm>/<dd>/<slug>/) carry data-pagefind-body;
          // reading just those spares Pagefind parsing every list page of a large archive.
          const added = await index.addDirectory({ path: site, glob: RELEASE_PAGES });
          check('addDirectory', added.errors);
          const written = await index.writeFiles({ outputPath: `${site.replace(/\/$/, '')}/pagefind` });
          check('writeFiles', written.errors);
          logger.info(`read ${added.page_count} pages, wrote the index for release pages to ${written.outputPath}`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

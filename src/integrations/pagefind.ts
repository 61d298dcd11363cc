/**
 * Indexes the built site with Pagefind once Astro has written it, so every
 * `astro build` (and `npm start`, which builds then serves dist/) ships a
 * search index in dist/pagefind/. Pagefind splits the index by <html lang>:
 * one index per site language, each with that language's stemmer if it has one.
 * The index is kept in Astro's cache folder under a hash of the indexed pages, so
 * a rebuild whose release pages are unchanged copies it instead of indexing again.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, globSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Throws with Pagefind's own messages when a step reports errors. */
function check(step: string, errors: string[]): void {
  if (errors.length) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

/** Release pages below the output folder, as Pagefind's glob. */
export const RELEASE_PAGES = '*/[0-9][0-9][0-9][0-9]/[0-9][0-9]/[0-9][0-9]/*/index.html';

/** Hash of every release page (path and bytes) and of the indexer's version and glob. */
export function pagesDigest(site: string, pagefindVersion: string): string {
  const hash = createHash('sha256').update(`${pagefindVersion}\n${RELEASE_PAGES}\n`);
  const pages = globSync(RELEASE_PAGES, { cwd: site }).sort();
  for (const page of pages) hash.update(`${page}\n`).update(readFileSync(join(site, page))).update('\n');
  return hash.digest('hex');
}

async function writeIndex(site: string, outputPath: string): Promise<number> {
  try {
    const created = await pagefind.createIndex({});
    check('createIndex', created.errors);
    const index = created.index!;
    // Only release pages (<lang>/<yyyy>/<mm>/<dd>/<slug>/) carry data-pagefind-body;
    // reading just those spares Pagefind parsing every list page of a large archive.
    const added = await index.addDirectory({ path: site, glob: RELEASE_PAGES });
    check('addDirectory', added.errors);
    const written = await index.writeFiles({ outputPath });
    check('writeFiles', written.errors);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

/** The Astro integration: runs Pagefind over the output folder at astro:build:done. */
export default function pagefindIntegration(): AstroIntegration {
  let cache = '';
  let version = '';
  return {
    name: 'press-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        cache = join(fileURLToPath(config.cacheDir), 'pagefind');
        version = JSON.parse(readFileSync(new URL('node_modules/pagefind/package.json', config.root), 'utf8')).version;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir).replace(/\/$/, '');
        const output = join(site, 'pagefind');
        logger.info(`indexing ${site}`);
        const stored = join(cache, pagesDigest(site, version));
        if (existsSync(stored)) {
          cpSync(stored, output, { recursive: true });
          logger.info(`read 0 pages: release pages unchanged since the index in ${stored}, copied it`);
          return;
        }
        const count = await writeIndex(site, output);
        logger.info(`read ${count} pages, wrote the index for release pages to ${output}`);
        // Only the latest index is kept; written under a temporary name so a stopped build leaves no half copy.
        rmSync(cache, { recursive: true, force: true });
        cpSync(output, `${stored}.partial`, { recursive: true });
        renameSync(`${stored}.partial`, stored);
      },
    },
  };
}

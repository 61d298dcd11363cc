/**
 * Indexes the built site with Pagefind once Astro has written it, so every
 * `astro build` (and `npm start`, which builds then serves dist/) ships a
 * search index in dist/pagefind/. Pagefind splits the index by <html lang>:
 * one index per site language, each with that language's stemmer if it has one.
 * Tajik has none in Pagefind: its pages are given to Pagefind with each word's
 * Tajik search key added (src/lib/search/annotate.ts); the pages in dist/ stay as written.
 * The index is kept in Astro's cache folder under a hash of the indexed pages, so
 * a rebuild whose release pages are unchanged copies it instead of indexing again.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, globSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { annotateTajikPage } from '../lib/search/annotate.ts';

/** Throws with Pagefind's own messages when a step reports errors. */
function check(step: string, errors: string[]): void {
  if (errors.length) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

/** Release pages below the output folder, as Pagefind's glob. */
export const RELEASE_PAGES = '*/[0-9][0-9][0-9][0-9]/[0-9][0-9]/[0-9][0-9]/*/index.html';
/** Languages whose pages get search keys before indexing. */
const KEYED = ['tg'];
/** Release pages of the given languages, as a glob. */
const pagesOf = (langs: string[]) => `${langs.length === 1 ? langs[0] : `{${langs.join(',')}}`}/${RELEASE_PAGES.slice(2)}`;

/** Hash of every release page (path and bytes) and of the indexer's version, glob and key rules. */
export function pagesDigest(site: string, pagefindVersion: string, rules = ''): string {
  const hash = createHash('sha256').update(`${pagefindVersion}\n${RELEASE_PAGES}\n${rules}\n`);
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
    const langs = new Set(globSync(RELEASE_PAGES, { cwd: site }).map((p) => p.split('/')[0]!));
    const plain = [...langs].filter((l) => !KEYED.includes(l)).sort();
    let count = 0;
    if (plain.length) {
      const added = await index.addDirectory({ path: site, glob: pagesOf(plain) });
      check('addDirectory', added.errors);
      count += added.page_count;
    }
    for (const sourcePath of globSync(pagesOf(KEYED), { cwd: site }).sort()) {
      const added = await index.addHTMLFile({ sourcePath, content: annotateTajikPage(readFileSync(join(site, sourcePath), 'utf8')) });
      check('addHTMLFile', added.errors);
      count++;
    }
    const written = await index.writeFiles({ outputPath });
    check('writeFiles', written.errors);
    return count;
  } finally {
    await pagefind.close();
  }
}

/** The Astro integration: runs Pagefind over the output folder at astro:build:done. */
export default function pagefindIntegration(): AstroIntegration {
  let cache = '';
  let version = '';
  let rules = '';
  return {
    name: 'press-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        cache = join(fileURLToPath(config.cacheDir), 'pagefind');
        version = JSON.parse(readFileSync(new URL('node_modules/pagefind/package.json', config.root), 'utf8')).version;
        // The key rules are part of the index: a changed stemmer must not reuse an old index.
        rules = ['annotate.ts', 'query.ts', 'fold.ts', 'tajik-stem.ts']
          .map((f) => readFileSync(new URL(`src/lib/search/${f}`, config.root), 'utf8')).join('\n');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir).replace(/\/$/, '');
        const output = join(site, 'pagefind');
        logger.info(`indexing ${site}`);
        const stored = join(cache, pagesDigest(site, version, rules));
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

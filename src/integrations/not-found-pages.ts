/**
 * Moves each language's 404 page from <lang>/404/index.html (where the
 * "directory" build format puts it) to <lang>/404.html, the name hosts and
 * scripts/serve.ts look for, like Astro's own root 404.html.
 */
import { existsSync, renameSync, rmdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Each language's 404 page: where Astro builds it in `out`, and where this pass moves it. */
const moves = (out: string, languages: readonly string[]): [built: string, moved: string][] =>
  languages.map((lang) => [join(out, lang, '404', 'index.html'), join(out, lang, '404.html')]);

/** Where a page Astro built in `out` is once the 404 pages are moved (the same path for every other page). */
export function afterMove(out: string, languages: readonly string[]): (file: string) => string {
  const moved = new Map(moves(out, languages));
  return (file) => moved.get(file) ?? file;
}

/** The integration; `languages` are the site's language folders. */
export function notFoundPages(languages: readonly string[]): AstroIntegration {
  return {
    name: 'press-not-found-pages',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        for (const [built, moved] of moves(out, languages)) {
          if (!existsSync(built)) throw new Error(`${relative(out, built)} was not built: is src/pages/[lang]/404.astro there?`);
          renameSync(built, moved);
          rmdirSync(dirname(built)); // fails loudly if something else was built under /<lang>/404/
        }
        logger.info(`404 pages: 404.html and ${languages.map((l) => `${l}/404.html`).join(', ')}`);
      },
    },
  };
}

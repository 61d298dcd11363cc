/**
 * Moves each language's 404 page from <lang>/404/index.html (where the
 * "directory" build format puts it) to <lang>/404.html, the name hosts and
 * scripts/serve.ts look for, like Astro's own root 404.html.
 */
import { existsSync, renameSync, rmdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Where a page Astro built in `out` is once the 404 pages are moved (the same path for every other page). */
export function afterMove(out: string, languages: readonly string[]): (file: string) => string {
  const moved = new Map(languages.map((lang) => [join(out, lang, '404', 'index.html'), join(out, lang, '404.html')]));
  return (file) => moved.get(file) ?? file;
}

/** The integration; `languages` are the site's language folders. */
export function notFoundPages(languages: readonly string[]): AstroIntegration {
  return {
    name: 'press-not-found-pages',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        for (const lang of languages) {
          const built = join(out, lang, '404', 'index.html');
          if (!existsSync(built)) throw new Error(`${lang}/404/index.html was not built: is src/pages/[lang]/404.astro there?`);
          renameSync(built, join(out, lang, '404.html'));
          rmdirSync(join(out, lang, '404')); // fails loudly if something else was built under /<lang>/404/
        }
        logger.info(`404 pages: 404.html and ${languages.map((l) => `${l}/404.html`).join(', ')}`);
      },
    },
  };
}

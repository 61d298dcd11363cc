/**
 * Fails `astro build`, before anything renders, when a Markdown release has
 * raw HTML outside the safe subset. The same check runs inside Astro's Markdown
 * pipeline, but there Astro's content loader only logs a render error (and
 * caches the entry without a body), so on its own it would publish an empty
 * release instead of stopping. MDX files are trusted and not checked.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { markdownToHtml } from 'satteri';
import { safeMarkdown, UnsafeHtmlError } from '../lib/security/safe-markdown.ts';

/** Every .md file below `dir`. */
const markdownFiles = (dir: string): string[] => readdirSync(dir, { recursive: true, withFileTypes: true })
  .filter((d) => d.isFile() && d.name.endsWith('.md')).map((d) => join(d.parentPath, d.name)).sort();

/** The refusals for every Markdown file below `dir`, one error per file. */
export async function unsafeMarkdown(dir: string, siteOrigin: string): Promise<UnsafeHtmlError[]> {
  const plugin = safeMarkdown(siteOrigin, true);
  const errors: UnsafeHtmlError[] = [];
  for (const file of markdownFiles(dir)) {
    // Frontmatter blanked out, not cut, so reported line numbers are the file's.
    const body = readFileSync(file, 'utf8').replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, (fm) => fm.replace(/[^\n]/g, ''));
    try {
      await markdownToHtml(body, { hastPlugins: [plugin], fileURL: pathToFileURL(file) });
    } catch (error) {
      if (!(error instanceof UnsafeHtmlError)) throw error;
      errors.push(error);
    }
  }
  return errors;
}

/** The integration: checks `contentDir`/releases; fails a build, only logs in dev. */
export function safeMarkdownCheck(contentDir: string, siteOrigin: string): AstroIntegration {
  return {
    name: 'press-safe-markdown',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const errors = await unsafeMarkdown(resolve(contentDir, 'releases'), siteOrigin);
        if (!errors.length) return;
        const message = `${errors.length} Markdown file(s) with unsafe raw HTML:\n${errors.map((e) => e.message).join('\n')}`;
        if (command === 'build') throw new Error(message);
        logger.error(message);
      },
    },
  };
}

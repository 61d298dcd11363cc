/**
 * Fails `astro build`, before anything renders, when a Markdown release has
 * raw HTML outside the safe subset. The same check runs inside Astro's Markdown
 * pipeline, but there Astro's content loader only logs a render error (and
 * caches the entry without a body), so on its own it would publish an empty
 * release instead of stopping. MDX files are trusted and not checked.
 * A file that passed is remembered by a hash of its text and of the rules' source,
 * in the build cache, so a rebuild checks only new and changed files.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { markdownToHtml } from 'satteri';
import { safeMarkdown, UnsafeHtmlError } from '../lib/security/safe-markdown.ts';

/** Every .md file below `dir`. */
const markdownFiles = (dir: string): string[] => readdirSync(dir, { recursive: true, withFileTypes: true })
  .filter((d) => d.isFile() && d.name.endsWith('.md')).map((d) => join(d.parentPath, d.name)).sort();

/** Hash of the rules' own source: a change to them checks every file again. */
const rulesHash = (() => {
  const security = fileURLToPath(new URL('../lib/security/', import.meta.url));
  const hash = createHash('sha256').update('satteri\n');
  for (const f of readdirSync(security).filter((f) => f.endsWith('.ts')).sort()) hash.update(f).update(readFileSync(join(security, f)));
  return hash.digest('hex');
})();

/** Hashes of the files that passed last time (with these rules and this origin), from `cacheFile`. */
function passedBefore(cacheFile: string | undefined, key: string): Set<string> {
  if (!cacheFile) return new Set();
  try {
    const saved = JSON.parse(readFileSync(cacheFile, 'utf8')) as { key: string; passed: string[] };
    return new Set(saved.key === key ? saved.passed : []);
  } catch { return new Set(); }
}

/** The refusals for every Markdown file below `dir`, one error per file; `cacheFile` remembers the passes. */
export async function unsafeMarkdown(dir: string, siteOrigin: string, cacheFile?: string): Promise<UnsafeHtmlError[]> {
  const plugin = safeMarkdown(siteOrigin, true);
  const key = `${rulesHash} ${siteOrigin}`;
  const before = passedBefore(cacheFile, key);
  const passed: string[] = [];
  const errors: UnsafeHtmlError[] = [];
  for (const file of markdownFiles(dir)) {
    const text = readFileSync(file, 'utf8');
    const digest = createHash('sha1').update(text).digest('base64url');
    if (before.has(digest)) { passed.push(digest); continue; }
    // Frontmatter blanked out, not cut, so reported line numbers are the file's.
    const body = text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, (fm) => fm.replace(/[^\n]/g, ''));
    try {
      await markdownToHtml(body, { hastPlugins: [plugin], fileURL: pathToFileURL(file) });
      passed.push(digest);
    } catch (error) {
      if (!(error instanceof UnsafeHtmlError)) throw error;
      errors.push(error);
    }
  }
  if (cacheFile) {
    mkdirSync(dirname(cacheFile), { recursive: true });
    writeFileSync(cacheFile, JSON.stringify({ key, passed }));
  }
  return errors;
}

/** The integration: checks `contentDir`/releases; fails a build, only logs in dev. */
export function safeMarkdownCheck(contentDir: string, siteOrigin: string): AstroIntegration {
  return {
    name: 'press-safe-markdown',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const cacheFile = fileURLToPath(new URL('safe-markdown.json', config.cacheDir));
        const errors = await unsafeMarkdown(resolve(contentDir, 'releases'), siteOrigin, cacheFile);
        if (!errors.length) return;
        const message = `${errors.length} Markdown file(s) with unsafe raw HTML:\n${errors.map((e) => e.message).join('\n')}`;
        if (command === 'build') throw new Error(message);
        logger.error(message);
      },
    },
  };
}

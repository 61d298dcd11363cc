/**
 * Writes dist/admin/ at the end of the build: the page, the generated
 * config.yml, press.json for the preview, the CMS bundle, and the editor's
 * header rules appended to _headers and _nginx.conf.
 */
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import countries from 'i18n-iso-countries';
import { parse, stringify } from 'yaml';
import { buildTime } from '../../config.ts';
import { FileMemo } from '../content/file-memo.ts';
import { releaseFiles } from '../tools/content-files.ts';
import { formatHeaders } from '../security/policy.ts';
import { bundleEditor } from './bundle.ts';
import { editorConfig, type EditorInput } from './config.ts';
import type { PressData } from './browser/data.ts';
import { editorHeaderRules, editorNginx, editorPage } from './page.ts';

export interface EditorSite {
  root: string;
  out: string;
  cacheDir: string;
  base: string;
  contentDir: string;
  languages: readonly string[];
  siteUrl: string;
  env: Record<string, string | undefined>;
}

type Row = { id: string; name: Record<string, string>; short?: Record<string, string>; timezone?: string };
const rows = (file: string): Row[] => (existsSync(file) ? (parse(readFileSync(file, 'utf8')) as Row[] | null) ?? [] : []);

/** The UI strings of `lang` over the reference (ru) ones. */
export function strings(root: string, lang: string): Record<string, string> {
  const read = (l: string) => {
    const f = join(root, 'src/i18n/strings', `${l}.json`);
    return existsSync(f) ? (JSON.parse(readFileSync(f, 'utf8')) as Record<string, string>) : {};
  };
  return { ...read('ru'), ...read(lang) };
}

/** The generator's input from the content folder and the environment. */
export function editorInput(site: EditorSite): EditorInput {
  const s = strings(site.root, site.languages[0]!);
  const content = resolve(site.root, site.contentDir);
  return {
    languages: site.languages,
    contentDir: site.env.PRESS_EDITOR_CONTENT ?? 'content',
    agencies: rows(join(content, 'agencies.yml')),
    topics: rows(join(content, 'topics.yml')),
    countryCodes: Object.keys(countries.getAlpha2Codes()),
    s: (key) => s[key] ?? key,
    repo: site.env.PRESS_EDITOR_REPO ?? site.env.GITHUB_REPOSITORY ?? 'OWNER/REPOSITORY',
    branch: site.env.PRESS_EDITOR_BRANCH ?? 'main',
    authUrl: site.env.PRESS_EDITOR_AUTH_URL,
    editorialWorkflow: site.env.PRESS_EDITOR_WORKFLOW === 'editorial',
    siteUrl: new URL(site.base, site.siteUrl).href,
  };
}

/** The site's stylesheet as the release pages link it, or their inline <style>, for the preview. */
function siteCss(out: string): { href?: string; inline?: string } {
  const page = firstReleasePage(out);
  if (!page) return {};
  const html = readFileSync(page, 'utf8');
  const href = /<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/.exec(html)?.[1];
  if (href) return { href };
  return { inline: [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n') };
}

/**
 * One release page (`<lang>/<yyyy>/<mm>/<dd>/<slug>/index.html`), found by going down the first
 * folders that can hold one: a glob over the whole site took ≈ 0.6 s at 10,000 releases, every build.
 */
export function firstReleasePage(out: string): string | undefined {
  const patterns = [/^[^.]/, /^\d{4}$/, /^\d\d$/, /^\d\d$/, /^[^.]/];
  const down = (dir: string, depth: number): string | undefined => {
    if (depth === patterns.length) return existsSync(join(dir, 'index.html')) ? join(dir, 'index.html') : undefined;
    const names = readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory() && patterns[depth]!.test(d.name)).map((d) => d.name).sort();
    for (const name of names) {
      const found = down(join(dir, name), depth + 1);
      if (found) return found;
    }
    return undefined;
  };
  return existsSync(out) ? down(out, 0) : undefined;
}

/** Front matter of a release file, or {} when it has none. */
const frontmatter = (text: string): Record<string, unknown> => {
  const block = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
  try { return (block ? parse(block) : {}) ?? {}; } catch { return {}; }
};

/**
 * Translation keys of the published releases: the editor makes new keys unlike them. Drafts and
 * releases under embargo are left out, since admin/ is served publicly and they must appear nowhere.
 */
function publishedKeys(content: string, now: Date, cacheDir: string): string[] {
  // Only what the rule needs, remembered per file between builds: a rebuild parses only changed files.
  const memo = new FileMemo<{ draft: boolean; embargo?: string; key?: string }>(join(cacheDir, 'editor-keys.json'), 'v1');
  const keys = new Set<string>();
  // The files the site reads (content-files.ts), as the check lists them: half the time of a glob.
  for (const f of releaseFiles(content)) {
    const data = memo.get(f, (file) => {
      const fm = frontmatter(readFileSync(file, 'utf8'));
      return {
        draft: fm.draft === true,
        embargo: fm.embargo ? String(fm.embargo instanceof Date ? fm.embargo.toISOString() : fm.embargo) : undefined,
        key: typeof fm.translationKey === 'string' ? fm.translationKey : undefined,
      };
    });
    const embargo = data.embargo ? new Date(data.embargo) : undefined;
    if (data.draft || (embargo && embargo > now) || data.key === undefined) continue;
    keys.add(data.key);
  }
  memo.save();
  return [...keys].sort();
}

/** Writes dist/admin/; returns the bytes of the CMS bundle. */
export async function writeEditor(site: EditorSite): Promise<number> {
  const admin = join(site.out, 'admin');
  mkdirSync(admin, { recursive: true });
  const input = editorInput(site);
  const lang = site.languages[0]!;
  writeFileSync(join(admin, 'config.yml'), `# Generated by the build from src/schema.ts, the locale table and content/; do not edit.\n${stringify(editorConfig(input), { lineWidth: 0 })}`);
  const css = siteCss(site.out);
  if (css.inline) writeFileSync(join(admin, 'site.css'), css.inline);
  const content = resolve(site.root, site.contentDir);
  const data: PressData = {
    languages: [...site.languages],
    agencies: Object.fromEntries(rows(join(content, 'agencies.yml')).map((a) => [a.id, { name: a.name, short: a.short, timezone: a.timezone ?? 'UTC' }])),
    topics: Object.fromEntries(rows(join(content, 'topics.yml')).map((tp) => [tp.id, tp.name])),
    strings: Object.fromEntries(site.languages.map((l) => {
      const all = strings(site.root, l);
      return [l, Object.fromEntries(Object.entries(all).filter(([k]) => k.startsWith('release.')))];
    })),
    css: css.href ?? (css.inline ? './site.css' : undefined),
    keys: publishedKeys(content, buildTime, site.cacheDir),
  };
  writeFileSync(join(admin, 'press.json'), JSON.stringify(data));
  writeFileSync(join(admin, 'preview.css'), readFileSync(join(site.root, 'src/lib/editor/browser/preview.css')));
  const s = strings(site.root, lang);
  writeFileSync(join(admin, 'index.html'), editorPage(lang, s['editor.page.title'] ?? 'Editor', s['editor.noscript'] ?? ''));
  const bytes = await bundleEditor(site.root, admin, site.cacheDir);
  if (existsSync(join(site.out, '_headers'))) appendFileSync(join(site.out, '_headers'), formatHeaders(editorHeaderRules(site.base)));
  if (existsSync(join(site.out, '_nginx.conf'))) appendFileSync(join(site.out, '_nginx.conf'), editorNginx(site.base));
  return bytes;
}

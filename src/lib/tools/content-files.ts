/** Reading the content folder from the press-officer scripts, without Astro. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';

export interface AgencyRow {
  id: string;
  name: Record<string, string>;
  short?: Record<string, string>;
  aliases?: string[];
  timezone: string;
}

/** The rows of a YAML list file such as content/agencies.yml ([] when it is missing). */
export function readList<T>(file: string): T[] {
  if (!existsSync(file)) return [];
  const data = parse(readFileSync(file, 'utf8')) as unknown;
  return Array.isArray(data) ? (data as T[]) : [];
}

export const readAgencies = (contentDir: string) => readList<AgencyRow>(join(contentDir, 'agencies.yml'));
export const readTopics = (contentDir: string) => readList<{ id: string }>(join(contentDir, 'topics.yml'));

/** Every name an agency goes by, for matching datelines. */
export const agencyNames = (a: AgencyRow): string[] =>
  [a.id, ...Object.values(a.name ?? {}), ...Object.values(a.short ?? {}), ...(a.aliases ?? [])];

/** Files below content/releases (a linked file counts as the file it points to). */
function filesBelow(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() || (d.isSymbolicLink() && statSync(join(d.parentPath, d.name), { throwIfNoEntry: false })?.isFile()))
    .map((d) => join(d.parentPath, d.name))
    .sort();
}

// What the site's content loader reads: *.md and *.mdx, no file or folder whose name starts with a dot.
const published = (rel: string) => /\.mdx?$/.test(rel) && !rel.split(/[\\/]/).some((part) => part.startsWith('.'));

/** Release files below content/releases, as paths relative to the content folder's parent. */
export function releaseFiles(contentDir: string): string[] {
  const dir = join(contentDir, 'releases');
  return filesBelow(dir).filter((file) => published(relative(dir, file)));
}

/** Files that look like releases but the site would never read (".MD", a name starting with a dot). */
export function unreadReleaseFiles(contentDir: string): string[] {
  const dir = join(contentDir, 'releases');
  return filesBelow(dir).filter((file) => /\.mdx?$/i.test(file) && !published(relative(dir, file)));
}

/** The translationKey of each release file (read from the raw text: fast, no full parse). */
export function takenKeys(contentDir: string): Map<string, string[]> {
  const keys = new Map<string, string[]>();
  for (const file of releaseFiles(contentDir)) {
    const m = /^translationKey:\s*["']?([a-z0-9-]+)/m.exec(readFileSync(file, 'utf8'));
    if (m) keys.set(m[1]!, [...(keys.get(m[1]!) ?? []), relative(contentDir, file)]);
  }
  return keys;
}

/** What the importer needs to know of a release already on the site. */
export interface KnownRelease { file: string; lang: string; title: string; day?: string; source?: string; key?: string }

/** Title, day, original address and key of every release file (unreadable files are skipped: check reports them). */
export function knownReleases(contentDir: string): KnownRelease[] {
  const out: KnownRelease[] = [];
  for (const file of releaseFiles(contentDir)) {
    const m = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'));
    let data: Record<string, unknown> | undefined;
    try { data = m ? (parse(m[1]!) as Record<string, unknown>) : undefined; } catch { data = undefined; }
    if (!data || typeof data.title !== 'string') continue;
    const date = data.date instanceof Date ? data.date.toISOString() : String(data.date ?? '');
    out.push({
      file: relative(join(contentDir, '..'), file),
      lang: relative(join(contentDir, 'releases'), file).split(/[\\/]/)[0]!,
      title: data.title,
      day: /\d{4}-\d{2}-\d{2}/.exec(date)?.[0], // also in "TODO 2024-03-12T…"
      source: typeof data.source === 'string' ? data.source : undefined,
      key: typeof data.translationKey === 'string' ? data.translationKey : undefined,
    });
  }
  return out;
}

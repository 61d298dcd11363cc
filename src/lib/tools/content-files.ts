/** Reading the content folder from the press-officer scripts, without Astro. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
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

/** Release files below content/releases, as paths relative to the content folder's parent. */
export function releaseFiles(contentDir: string): string[] {
  const dir = join(contentDir, 'releases');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && /\.mdx?$/.test(d.name))
    .map((d) => join(d.parentPath, d.name))
    .sort();
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

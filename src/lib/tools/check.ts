/**
 * The content check behind `npm run check`: every problem in every release, at
 * once, as `file:line: field: message`, without running Astro. It applies the
 * very schema the build uses (src/schema.ts) and the same whole-site rules
 * (src/lib/content/release.ts), plus what only a check can see: placeholders left by the
 * importer, dates written without time or offset (YAML would silently read
 * `2020-10-07` as midnight UTC), future dates without an embargo, missing or
 * heavy images.
 */
import { z } from 'astro/zod';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { releaseSchema } from '../../schema.ts';
import { bareDayMessage, DATE_FIELDS } from '../content/dates.ts';
import { ContentError, indexReleases, toRelease, type Release, type ReleaseData } from '../content/release.ts';
import { TODO } from './write-release.ts';

export interface Finding { file: string; line: number; field: string; message: string; level: 'error' | 'warning' }

export interface ReleaseFile {
  /** Shown in messages, e.g. "content/releases/ru/2020/x.md". */
  file: string;
  /** Path below content/releases without extension: "ru/2020/x" (gives the language). */
  id: string;
  text: string;
}

export interface CheckOptions {
  agencies: Map<string, { timezone: string }>;
  topics: Set<string>;
  languages: string[];
  now: Date;
  /** Size in bytes of an image `src` relative to release `file`, undefined if there is none. */
  imageSize: (file: string, src: string) => number | undefined;
  /** Images larger than this many bytes get a warning. */
  imageBudget: number;
}

type Path = (string | number)[];

/** One parsed release: where its fields are, and its data if the schema accepted it. */
interface Parsed { src: ReleaseFile; lineOf: (path: Path) => number; data?: ReleaseData; key?: string }


function schemaFor(o: CheckOptions) {
  const known = (kind: string, ids: Iterable<string>) => {
    const list = [...ids];
    return z.string().superRefine((id, ctx) => {
      if (!list.includes(id)) ctx.addIssue({ code: 'custom', message: `unknown ${kind} "${id}"; use an id from content/${kind === 'agency' ? 'agencies' : 'topics'}.yml (${list.join(', ')})` });
    }).transform((id) => ({ id }));
  };
  return releaseSchema({
    image: () => z.string(),
    reference: (c) => (c === 'agencies' ? known('agency', o.agencies.keys()) : known('topic', o.topics)),
  });
}

/** Splits off the frontmatter; its YAML starts on line 2 of the file. */
function frontmatter(text: string): string | undefined {
  const m = /^\uFEFF?---\r?\n([\s\S]*?\r?\n)?---\s*(\r?\n|$)/.exec(text);
  return m ? (m[1] ?? '') : undefined;
}

function locate(doc: Document, lines: LineCounter): (path: Path) => number {
  return (path) => {
    for (let p = path; p.length; p = p.slice(0, -1)) {
      const node = doc.getIn(p, true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return lines.linePos(node.range[0]).line + 1;
    }
    return 1;
  };
}

function parseOne(src: ReleaseFile, schema: ReturnType<typeof schemaFor>, out: Finding[]): Parsed {
  const err = (line: number, field: string, message: string) => out.push({ file: src.file, line, field, message, level: 'error' });
  const yamlText = frontmatter(src.text);
  if (yamlText === undefined) {
    err(1, 'frontmatter', 'the file must start with a line "---", the fields, and another "---"');
    return { src, lineOf: () => 1 };
  }
  const lines = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: lines, uniqueKeys: true });
  if (doc.errors.length) {
    for (const e of doc.errors) err((e.linePos?.[0].line ?? 0) + 1, 'frontmatter', `not valid YAML: ${e.message.split('\n')[0]}`);
    return { src, lineOf: () => 1 };
  }
  const lineOf = locate(doc, lines);
  const data = doc.toJS() as unknown;
  // Placeholders first: a TODO is reported once, as such, not again as a schema error.
  const todo = new Set<string>();
  for (const path of placeholders(data)) {
    todo.add(path.join('.'));
    err(lineOf(path), path.join('.'), 'placeholder left to fill in (see the comment on that line)');
  }
  const rawKey = (data as { translationKey?: unknown })?.translationKey;
  const key = typeof rawKey === 'string' ? rawKey : undefined;
  const result = schema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path as Path;
      const field = path.join('.') || 'frontmatter';
      if (todo.has(field)) continue;
      const raw = doc.getIn(path);
      const message = (DATE_FIELDS.includes(field) && typeof raw === 'string' && bareDayMessage(raw)) || issue.message;
      err(lineOf(path), field, message);
    }
    return { src, lineOf, key };
  }
  return { src, lineOf, key, data: result.data as ReleaseData };
}

/** Paths of string values starting with TODO, e.g. ["related", 3, "url"]. */
function placeholders(value: unknown, path: Path = []): Path[] {
  if (typeof value === 'string') return value.startsWith(TODO) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => placeholders(v, [...path, i]));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([k, v]) => placeholders(v, [...path, k]));
  }
  return [];
}

/** Checks every release file; returns errors and warnings, sorted by file and line. */
export function checkContent(files: ReleaseFile[], o: CheckOptions): Finding[] {
  const out: Finding[] = [];
  const schema = schemaFor(o);
  const parsed = files.map((f) => parseOne(f, schema, out));
  const releases: Release[] = [];
  const byFile = new Map<string, Parsed>();
  for (const p of parsed) {
    const { data, src, lineOf } = p;
    if (!data) continue;
    byFile.set(src.file, p);
    const push = (path: Path, message: string, level: Finding['level'] = 'error') =>
      out.push({ file: src.file, line: lineOf(path), field: path.join('.'), message, level });
    if (data.image) {
      const size = o.imageSize(src.file, String(data.image.src));
      if (size === undefined) push(['image', 'src'], `no image at ${data.image.src} next to this file; put the image there or correct the path`);
      else if (size > o.imageBudget) push(['image', 'src'], `image is ${mb(size)}, over the ${mb(o.imageBudget)} budget; export it smaller (about 2000 px wide, JPEG quality 80)`, 'warning');
    }
    if (!data.draft && !data.embargo && data.date.getTime() > o.now.getTime()) {
      push(['date'], `is in the future (${data.date.toISOString()}) but there is no embargo; it would publish now. Add \`embargo:\` with the same moment, or correct the date`);
    }
    releases.push(toRelease({ id: src.id, filePath: src.file, data }, (id) => o.agencies.get(id)?.timezone ?? 'UTC'));
  }
  try {
    indexReleases(releases, o.languages);
  } catch (e) {
    if (!(e instanceof ContentError)) throw e;
    for (const pr of e.problems) {
      const at = byFile.get(pr.file);
      const path = pr.field === 'slug' ? (at?.data?.slug ? ['slug'] : ['title']) : [pr.field];
      out.push({ file: pr.file, line: at?.lineOf(path) ?? 1, field: pr.field, message: pr.message, level: 'error' });
    }
  }
  // A release with other errors still exists: links to it are not reported twice.
  const keys = new Set(parsed.map((p) => p.key));
  for (const r of releases) {
    r.data.related.forEach((item, i) => {
      if ('release' in item && !keys.has(item.release)) {
        out.push({ file: r.file, line: byFile.get(r.file)!.lineOf(['related', i, 'release']), field: `related.${i}.release`, message: `no release has translationKey "${item.release}"; check the spelling or remove the link`, level: 'error' });
      }
    });
  }
  return out.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** `file:line: field: message`, the form editors and CI logs turn into links. */
export const formatFinding = (f: Finding): string => `${f.file}:${f.line}: ${f.field}: ${f.message}`;

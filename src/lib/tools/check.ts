/**
 * The content check: every problem in every release, at once, as
 * `file:line: field: message`, without running Astro. `npm run check` prints it
 * and the build runs the very same check before anything renders
 * (src/integrations/content-check.ts), so the two can never disagree. It applies
 * the schema the build uses (src/schema.ts), the whole-site rules of
 * src/lib/content/release.ts, the per-file rules of check-file.ts (encoding, YAML,
 * TODO, dates, links, raw HTML) and what only a check sees: future dates without
 * an embargo, missing or heavy images.
 */
import { z } from 'astro/zod';
import { siteUrl } from '../../config.ts';
import { say } from '../../i18n/messages.ts';
import { releaseSchema } from '../../schema.ts';
import { posix } from 'node:path';
import { ContentError, indexReleases, isPublished, toRelease, type Release } from '../content/release.ts';
import type { CheckCache } from './check-cache.ts';
import { checkFile, lazyLines, type Parsed, type Path } from './check-file.ts';
import { decodeUtf8 } from './text-encoding.ts';
import { nearest } from './check-schema.ts';

export interface Finding { file: string; line: number; field: string; message: string; level: 'error' | 'warning' }

export interface ReleaseFile {
  /** Shown in messages, e.g. "content/releases/ru/2020/x.md". */
  file: string;
  /** Path below content/releases without extension: "ru/2020/x" (gives the language). */
  id: string;
  text: string;
  /** The file's bytes, when read from disk: checked to be UTF-8 (then `text` is ignored). */
  bytes?: Uint8Array;
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
  /** The site's origin, telling images from other sites apart. Default: SITE_URL. */
  siteOrigin?: string;
  /** Files that passed the per-file rules before (check-cache.ts); none when absent. */
  cache?: CheckCache;
}

function schemaFor(o: CheckOptions) {
  const known = (kind: 'agency' | 'topic', ids: Iterable<string>) => {
    const list = [...ids];
    const file = kind === 'agency' ? 'agencies.yml' : 'topics.yml';
    return z.string().superRefine((id, ctx) => {
      if (list.includes(id)) return;
      const hint = nearest(id, list);
      const params = { kind: say(`kind.${kind}`), value: id, file, list: list.join(', '), hint: hint ?? '' };
      ctx.addIssue({ code: 'custom', message: say(hint ? 'field.unknownIdHint' : 'field.unknownId', params) });
    }).transform((id) => ({ id }));
  };
  return releaseSchema({
    image: () => z.string(),
    reference: (c) => (c === 'agencies' ? known('agency', o.agencies.keys()) : known('topic', o.topics)),
  });
}

/** The field names a release may have at `path` (for "did you mean"). */
function keysAt(shape: Record<string, z.ZodType>): (path: Path) => string[] {
  const inner = (s: z.ZodType | undefined): z.ZodType | undefined => {
    let t = s as { _zod?: { def: { innerType?: z.ZodType; element?: z.ZodType } } } | undefined;
    while (t?._zod?.def.innerType || t?._zod?.def.element) t = (t._zod.def.innerType ?? t._zod.def.element) as typeof t;
    return t as z.ZodType | undefined;
  };
  return (path) => {
    if (!path.length) return Object.keys(shape);
    if (path[0] === 'related') return ['release', 'title', 'url'];
    const s = inner(shape[String(path[0])]) as { shape?: Record<string, unknown> } | undefined;
    return s?.shape ? Object.keys(s.shape) : [];
  };
}

// Building the schema costs more than checking a file: once per set of options.
const schemas = new WeakMap<CheckOptions, { schema: ReturnType<typeof schemaFor>; fields: (path: Path) => string[] }>();

/** Checks every release file; returns errors and warnings, sorted by file and line. */
export const checkContent = (files: ReleaseFile[], options: CheckOptions): Finding[] => checkReleases(files, options).findings;

/** The findings, and the releases as the site would publish them (those without errors). */
export function checkReleases(files: ReleaseFile[], options: CheckOptions): { findings: Finding[]; releases: Release[] } {
  const o = { ...options, siteOrigin: options.siteOrigin ?? siteUrl };
  const out: Finding[] = [];
  if (!schemas.has(options)) {
    const schema = schemaFor(o);
    schemas.set(options, { schema, fields: keysAt(schema.shape as unknown as Record<string, z.ZodType>) });
  }
  const { schema, fields } = schemas.get(options)!;
  const parsed: Parsed[] = files.map((f) => {
    const key = o.cache?.key(f.file, f.id, f.bytes ?? Buffer.from(f.text));
    const hit = key ? o.cache!.get(key) : undefined;
    // A pass is decoded and its YAML read again only if a whole-site rule needs one of its lines.
    if (hit) return { src: f, lineOf: lazyLines(() => (f.bytes ? (decodeUtf8(f.bytes) as { text: string }).text : f.text)), ...hit };
    const before = out.length;
    const p = checkFile(f, schema as never, fields, o, out);
    if (key && p.data && out.length === before) o.cache!.set(key, { data: p.data, key: p.key, dateText: p.dateText, images: p.images });
    return p;
  });
  const releases: Release[] = [];
  const byFile = new Map<string, Parsed>();
  for (const p of parsed) {
    const { data, src, lineOf } = p;
    // Pictures in the text are built from their files as the photo is: the same rules, even when a field is wrong.
    for (const image of p.images ?? []) {
      const at = { file: src.file, line: image.line, field: 'text', level: 'error' as const };
      if (SVG.test(image.src)) out.push({ ...at, message: say('image.svg', { value: image.src }) });
      else if (o.imageSize(src.file, image.src) === undefined) out.push({ ...at, message: say('image.missing', { value: image.src }) });
    }
    if (!data) {
      if (p.imageSrc && !SVG.test(p.imageSrc) && o.imageSize(src.file, p.imageSrc) === undefined) {
        out.push({ file: src.file, line: lineOf(['image', 'src']), field: 'image.src', message: say('image.missing', { value: p.imageSrc }), level: 'error' });
      }
      continue;
    }
    byFile.set(src.file, p);
    const push = (path: Path, message: string, level: Finding['level'] = 'error') =>
      out.push({ file: src.file, line: lineOf(path), field: path.join('.'), message, level });
    if (data.image) {
      const size = o.imageSize(src.file, String(data.image.src));
      if (SVG.test(String(data.image.src))) push(['image', 'src'], say('image.svg', { value: String(data.image.src) }));
      else if (size === undefined) push(['image', 'src'], say('image.missing', { value: String(data.image.src) }));
      else if (size > o.imageBudget) push(['image', 'src'], say('image.heavy', { value: mb(size), budget: mb(o.imageBudget) }), 'warning');
    }
    // Published now (no embargo, or one already over) with a date still to come: it would lead every list.
    const embargoOver = data.embargo && data.embargo.getTime() <= o.now.getTime();
    if (!data.draft && (!data.embargo || embargoOver) && data.date.getTime() > o.now.getTime()) {
      push(['date'], say(embargoOver ? 'date.futureEmbargoOver' : 'date.future', { value: p.dateText ?? data.date.toISOString() }));
    }
    if (data.updated && data.updated.getTime() < data.date.getTime()) push(['updated'], say('date.updatedBefore'));
    const release = toRelease({ id: src.id, filePath: src.file, data }, (id) => o.agencies.get(id)?.timezone ?? 'UTC');
    // The address takes its year from the date; a year folder that disagrees is a misfiled release.
    const folder = src.id.split('/')[1];
    if (folder && /^\d{4}$/.test(folder) && Number(folder) !== release.local.year) push(['date'], say('date.folderYear', { value: release.local.year, folder, path: `${release.lang}/${release.local.year}/` }), 'warning');
    if (!release.slug) push(['title'], say('site.noSlug'));
    else releases.push(release);
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
  // A published release showing a photo (in its fields or its text) of one still under embargo or a draft would publish it early.
  const photos = (p: Parsed): { path: string; src: string; field: string; line: () => number }[] => {
    const dir = posix.dirname(p.src.file.split('\\').join('/'));
    const own = p.data?.image ? [{ src: String(p.data.image.src), field: 'image.src', line: () => p.lineOf(['image', 'src']) }] : [];
    return [...own, ...(p.images ?? []).map((i) => ({ src: i.src, field: 'text', line: () => i.line }))].map((x) => ({ ...x, path: posix.join(dir, x.src) }));
  };
  const unpublished = new Map(parsed.filter((p) => p.data && !isPublished(p.data, o.now)).flatMap((p) => photos(p).map((x) => [x.path, p.src.file] as const)));
  for (const p of parsed) {
    if (!p.data || !isPublished(p.data, o.now)) continue;
    for (const x of photos(p)) {
      const other = unpublished.get(x.path);
      if (other) out.push({ file: p.src.file, line: x.line(), field: x.field, message: say('image.unpublished', { value: x.src, other }), level: 'error' });
    }
  }
  // A release with other errors still exists: links to it are not reported twice.
  const keys = new Set(parsed.map((p) => p.key));
  for (const r of releases) {
    r.data.related.forEach((item, i) => {
      if ('release' in item && !keys.has(item.release)) {
        out.push({ file: r.file, line: byFile.get(r.file)!.lineOf(['related', i, 'release']), field: `related.${i}.release`, message: say('site.relatedMissing', { value: item.release }), level: 'error' });
      }
    });
  }
  return { findings: out.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line)), releases };
}

// An SVG file can carry script that runs when its address is opened on the site.
const SVG = /\.svgz?(?:[?#].*)?$/i;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** `file:line: field: message`, the form editors and CI logs turn into links. */
export const formatFinding = (f: Finding): string => `${f.file}:${f.line}: ${f.field}: ${f.message}`;

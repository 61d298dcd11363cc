/**
 * The rules of one release file, in the order a press officer fixes them:
 * encoding, frontmatter and YAML, TODO markers, dates, fields, then the body
 * (empty, links, raw HTML). A problem found early stops the rules that would
 * only repeat it (a file that is not UTF-8 gets one message, not fifty).
 */
import type { Document } from 'yaml';
import { dateProblems, zoneOffset } from '../content/dates.ts';
import type { ReleaseData } from '../content/release.ts';
import { bodyProblems, type BodyImage } from '../security/body-rules.ts';
import { say } from '../../i18n/messages.ts';
import type { CheckOptions, Finding, ReleaseFile } from './check.ts';
import { parseFrontmatter, splitRelease } from './check-yaml.ts';
import { decodeUtf8 } from './text-encoding.ts';
import { issueMessages, type Issue } from './check-schema.ts';
import { TODO } from './write-release.ts';

export type Path = (string | number)[];

/** One checked release: where its fields are, and its data if every rule passed. */
export interface Parsed { src: ReleaseFile; lineOf: (path: Path) => number; data?: ReleaseData; key?: string; dateText?: string; images?: BodyImage[];
  /** image.src as written, for the photo rule when another field is wrong. */
  imageSrc?: string }

/** The line of the field at `path` (its key's line), or of its nearest parent. */
function locate(doc: Document, lineOfOffset: (offset: number) => number): (path: Path) => number {
  return (path) => {
    for (let p = path; p.length; p = p.slice(0, -1)) {
      const parent = doc.getIn(p.slice(0, -1), true) as { items?: { key?: { value?: unknown; range?: number[] } }[]; range?: number[] } | undefined;
      const pair = parent?.items?.find((it) => it.key?.value === p.at(-1));
      const node = (pair?.key ?? doc.getIn(p, true)) as { range?: number[] } | undefined;
      if (node?.range) return lineOfOffset(node.range[0]!);
    }
    return 1; // a field missing at the top: the frontmatter's first line
  };
}

/** The line finder of a release that passed (its YAML read again only when a whole-site rule needs a line). */
export function lazyLines(text: () => string): (path: Path) => number {
  let found: ((path: Path) => number) | undefined;
  return (path) => {
    if (!found) {
      const parsed = parseFrontmatter(splitRelease(text())?.yaml ?? '');
      found = 'doc' in parsed ? locate(parsed.doc, (offset) => parsed.lines.linePos(offset).line + 1) : () => 1;
    }
    return found(path);
  };
}

// C0 controls but tab, line feed and carriage return; DEL and C1; bidi embeddings and overrides (isolates and marks stay).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E]/;

const MARKER = new RegExp(`\\b${TODO}\\b`);

const fieldOfLine = (line: string): string => /^\s*(?:-\s+)?([A-Za-z]\w*):/.exec(line)?.[1] ?? 'text';

/** The translationKey as written, for files whose fields could not be read. */
const rawKey = (text: string) => /^translationKey:\s*["']?([a-z0-9-]+)/m.exec(text)?.[1];

const offsets = new Map<string, string>();
/** The agency's offset today, for examples in date messages. */
function exampleOffset(zone: string | undefined): string | undefined {
  if (!zone) return undefined;
  if (!offsets.has(zone)) offsets.set(zone, zoneOffset(new Date(), zone));
  return offsets.get(zone);
}

/** Paths of string values holding TODO, e.g. ["related", 3, "url"]. */
function placeholders(value: unknown, path: Path = []): Path[] {
  if (typeof value === 'string') return MARKER.test(value) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => placeholders(v, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => placeholders(v, [...path, k]));
  return [];
}

type Schema = { safeParse: (data: unknown) => { success: true; data: unknown } | { success: false; error: { issues: Issue[] } } };

export function checkFile(src: ReleaseFile, schema: Schema, keysAt: (path: Path) => string[], o: CheckOptions & { siteOrigin: string }, out: Finding[]): Parsed {
  const err = (line: number, field: string, message: string) => out.push({ file: src.file, line, field, message, level: 'error' });
  if (src.bytes) {
    const decoded = decodeUtf8(src.bytes);
    if ('badLine' in decoded) {
      err(decoded.badLine, 'file', say('file.encoding', { line: decoded.badLine }));
      return { src, lineOf: () => 1 };
    }
    src = { ...src, text: decoded.text };
  }
  // Control characters (a pasted terminal colour, a bell) and bidi overrides (which show "exe.gp" as "pg.exe") anywhere in the file.
  const control = CONTROL.exec(src.text);
  if (control) {
    const line = src.text.slice(0, control.index).split('\n').length;
    err(line, 'file', say('file.control', { line, value: `U+${control[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` }));
    return { src, lineOf: () => 1, key: rawKey(src.text) };
  }
  const parts = splitRelease(src.text);
  if (!parts) {
    err(1, 'frontmatter', say('file.noFrontmatter'));
    return { src, lineOf: () => 1, key: rawKey(src.text) };
  }
  const parsed = parseFrontmatter(parts.yaml);
  if ('problems' in parsed) {
    for (const p of parsed.problems) err(p.line, 'frontmatter', p.message);
    return { src, lineOf: () => 1, key: rawKey(src.text) };
  }
  const { doc, lines } = parsed;
  const lineOf = locate(doc, (offset) => lines.linePos(offset).line + 1);
  const data = doc.toJS() as Record<string, unknown> | null;
  const key = typeof data?.translationKey === 'string' ? data.translationKey : undefined;

  // TODO anywhere (a value, a comment such as the importer's "12:00 assumed", the text) blocks the release.
  const reported = new Set<string>();
  const valuePaths = new Map(placeholders(data).map((path) => [lineOf(path), path.join('.')]));
  src.text.split('\n').forEach((line, i) => {
    if (!MARKER.test(line)) return;
    const field = i + 1 < parts.bodyLine ? (valuePaths.get(i + 1) ?? fieldOfLine(line)) : 'text';
    reported.add(field);
    err(i + 1, field, say('todo.line'));
  });

  const offset = exampleOffset(o.agencies.get(String(data?.agency ?? ''))?.timezone);
  for (const p of dateProblems(src.text, offset)) {
    if (reported.has(p.field)) continue;
    reported.add(p.field);
    err(p.line, p.field, p.message);
  }

  const result = schema.safeParse(data ?? {});
  let ok = result.success && reported.size === 0;
  if (!result.success) {
    for (const issue of result.error.issues) {
      for (const m of issueMessages(issue, doc.getIn(issue.path as Path), keysAt)) {
        const field = m.path.join('.') || 'frontmatter';
        if ([...reported].some((r) => field === r || field.startsWith(`${r}.`) || String(m.path[0]) === r)) continue;
        err(lineOf(m.path), field, m.message);
      }
    }
  }

  if (!parts.body.trim()) {
    err(parts.bodyLine, 'text', say('body.empty'));
    ok = false;
  }
  const images: BodyImage[] = [];
  for (const p of bodyProblems(parts.body, src.file.endsWith('.mdx'), o.siteOrigin, parts.bodyLine, images)) {
    err(p.line, 'text', p.message);
    ok = false;
  }
  const dateText = typeof data?.date === 'string' ? data.date : undefined;
  const imageSrc = (data?.image as { src?: unknown } | undefined)?.src;
  return { src, lineOf, key, dateText, images, imageSrc: typeof imageSrc === 'string' && !reported.has('image.src') && !MARKER.test(imageSrc) ? imageSrc : undefined, data: ok && result.success ? (result.data as ReleaseData) : undefined };
}

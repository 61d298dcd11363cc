/**
 * One import, from an input file to the release file and its pictures: read,
 * parse, refuse a duplicate, draft, name the files. Writes nothing itself, so
 * `--dry-run` and the tests see exactly what would be written.
 */
import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { agencyNames, knownReleases, readAgencies } from './content-files.ts';
import { importDraft, type Picture } from './import-draft.ts';
import { findDuplicate } from './import-match.ts';
import type { Say } from './import-messages.ts';
import { readInput } from './import-read.ts';
import { parseText, type ImportedText } from './import-text.ts';
import { releaseFile, renderRelease, TODO } from './write-release.ts';

export interface ImportOptions { lang: string; contentDir: string; say: Say; today: Date; force?: boolean }

export interface ImportResult {
  /** The release file to write, and its text. */
  file: string;
  text: string;
  parsed: ImportedText;
  /** Pictures to write next to it. */
  pictures: { file: string; data: Uint8Array }[];
  /** What to tell the press officer (already in their language). */
  notices: string[];
  /** Set when the input is already on the site and --force was not given: nothing is to be written. */
  refused?: string;
}

/** A file name not yet taken: name.md, name-2.md, … */
function freeName(file: string): string {
  let out = file;
  for (let n = 2; existsSync(out); n++) out = file.replace(/\.md$/, `-${n}.md`);
  return out;
}

/** Reads and drafts one input; see ImportResult. */
export async function importFile(input: string, o: ImportOptions): Promise<ImportResult> {
  const read = await readInput(input);
  const notices = read.converted ? [o.say('cp1251', { file: basename(input) })] : [];
  const agencies = readAgencies(o.contentDir);
  const parsed = parseText(read.text, agencies.map((a) => ({ id: a.id, names: agencyNames(a) })), o.lang, read.heading);
  if (!parsed.source && read.source) parsed.source = read.source;
  const known = knownReleases(o.contentDir);
  const base = { parsed, notices, pictures: [], text: '', file: '' };

  const pad = (n: number) => String(n).padStart(2, '0');
  const day = parsed.date?.year ? `${parsed.date.year}-${pad(parsed.date.month)}-${pad(parsed.date.day)}` : undefined;
  const dup = findDuplicate({ lang: o.lang, title: parsed.title, day, source: parsed.source }, known);
  if (dup && !o.force) return { ...base, refused: o.say(dup.why === 'source' ? 'dupSource' : 'dupTitle', { file: dup.release.file }) };

  // Name the file first: the pictures are named after it.
  const taken = new Set(known.map((r) => r.key).filter((k): k is string => !!k));
  const ctx = { lang: o.lang, agencies, taken, known, say: o.say, today: o.today, headlineUrls: read.headlineUrls };
  const year = importDraft(parsed, ctx).year;
  const named = releaseFile(o.contentDir, o.lang, year, parsed.title ?? parsed.paragraphs[0] ?? 'release');
  const file = o.force ? freeName(named) : named; // without --force, writing refuses an existing file
  const stem = basename(file, '.md');
  const pictures: ImportResult['pictures'] = [];
  const drafted: Picture[] = read.pictures.map((p, i) => {
    if (!p.data) {
      notices.push(o.say('imageRemote', { url: p.remote ?? '?' }));
      return { remote: p.remote ?? TODO, caption: p.caption };
    }
    const name = `${stem}${i ? `-${i + 1}` : ''}.${p.ext ?? 'jpg'}`;
    pictures.push({ file: join(dirname(file), name), data: p.data });
    return { src: `./${name}`, caption: p.caption };
  });
  if (pictures.length) notices.push(o.say('imagesSaved', { files: pictures.map((p) => basename(p.file)).join(', ') }));
  const text = renderRelease(importDraft(parsed, { ...ctx, pictures: drafted }));
  return { ...base, file, text, pictures };
}

/** The lines still marked TODO, as "line N: field — why" in the officer's language. */
export function marks(text: string, say: Say): string[] {
  const out: string[] = [];
  const end = text.split('\n').indexOf('---', 1);
  text.split('\n').forEach((line, i) => {
    const m = i < end ? /^\s*(?:- )?([\w]+):\s*"?TODO\b[^#]*(?:#\s*(.*))?$/.exec(line) : undefined;
    if (m) out.push(say('markLine', { line: i + 1, field: m[1]!, why: m[2]?.trim() ?? '' }));
    else if (i > end && /!\[TODO\b/.test(line)) out.push(say('markLine', { line: i + 1, field: 'alt', why: say('altCaption') }));
  });
  return out;
}

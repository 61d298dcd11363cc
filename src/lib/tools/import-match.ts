/**
 * Comparing what is imported with the releases the site already has: the
 * trailing headlines become `release:` references when a release of the same
 * language has (nearly) that title, and an input already on the site (same
 * original address, or same title and day) is refused.
 */
import type { KnownRelease } from './content-files.ts';

const STOP = new Set(['and', 'the', 'for', 'with', 'дар', 'бо', 'ва', 'аз', 'ба', 'оид', 'для', 'между', 'при']);
// Latin look-alikes in Cyrillic titles ("OPEC" / "ОПЕК" stay different words; "CНГ" with a Latin C does not).
const LOOKALIKE: Record<string, string> = { a: 'а', c: 'с', e: 'е', o: 'о', p: 'р', x: 'х', y: 'у', k: 'к', m: 'м', t: 'т', h: 'н', b: 'в' };

/** The words of a title reduced to what survives inflection: lower case, ё→е, the first five letters. */
export function titleWords(title: string): string[] {
  return [...title.toLowerCase().replace(/ё/g, 'е').matchAll(/[\p{L}\d]+/gu)]
    .map((m) => m[0])
    .map((w) => (/[а-яӣӯқғҳҷ]/u.test(w) ? w.replace(/[acepxykmthb]/g, (c) => LOOKALIKE[c]!) : w))
    .filter((w) => (w.length > 2 || /\d/.test(w) || w === 'снг' || w === 'оон') && !STOP.has(w))
    .map((w) => (/^\d+$/.test(w) ? w : w.slice(0, 5)));
}

/**
 * How alike two titles are, 0…1: the share of the shorter title's words found
 * in the longer, weighted by how much of the longer they cover (Dice). Tolerates
 * inflection, a word added or dropped, punctuation and quotes.
 */
export function titleLikeness(a: string, b: string): number {
  const x = titleWords(a);
  const y = titleWords(b);
  if (!x.length || !y.length) return 0;
  const pool = [...y];
  let common = 0;
  for (const w of x) {
    const at = pool.indexOf(w);
    if (at >= 0) { common++; pool.splice(at, 1); }
  }
  const overlap = common / Math.min(x.length, y.length);
  const dice = (2 * common) / (x.length + y.length);
  return overlap >= 0.8 ? Math.max(dice, (overlap + dice) / 2) : dice;
}

/** Titles at least this alike are the same release. */
export const SAME_TITLE = 0.75;

/** The release of `lang` whose title best matches `headline`, when it is alike enough. */
export function matchHeadline(headline: string, lang: string, known: KnownRelease[]): { release: KnownRelease; likeness: number } | undefined {
  let best: { release: KnownRelease; likeness: number } | undefined;
  for (const r of known) {
    if (r.lang !== lang || !r.key) continue;
    const likeness = titleLikeness(headline, r.title);
    if (likeness >= SAME_TITLE && (!best || likeness > best.likeness)) best = { release: r, likeness };
  }
  return best;
}

/** An address without what does not tell pages apart: scheme, "www.", a final slash, the case of the host. */
export function sameAddress(a: string, b: string): boolean {
  const norm = (u: string) => u.trim().replace(/^https?:\/\//i, '').replace(/^www\./i, '').replace(/[/#?]+$/, '')
    .replace(/^[^/]+/, (host) => host.toLowerCase());
  return norm(a) === norm(b);
}

export interface Duplicate { release: KnownRelease; why: 'source' | 'title-date' }

/** A release already on the site that the input repeats, or undefined. */
export function findDuplicate(input: { lang: string; title?: string; day?: string; source?: string }, known: KnownRelease[]): Duplicate | undefined {
  if (input.source) {
    const all = known.filter((r) => r.source && sameAddress(r.source, input.source!));
    const same = all.find((r) => r.lang === input.lang) ?? all[0];
    if (same) return { release: same, why: 'source' };
  }
  if (input.title && input.day) {
    const same = known.find((r) => r.lang === input.lang && r.day === input.day && titleLikeness(r.title, input.title!) >= 0.9);
    if (same) return { release: same, why: 'title-date' };
  }
  return undefined;
}

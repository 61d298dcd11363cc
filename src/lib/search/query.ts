/**
 * What the search page does with a reader's words before and after Pagefind,
 * so that a word found nowhere answers "nothing found". Pure; bundled for the
 * browser by src/scripts/search.ts and used by the tests and measurements.
 *
 * Pagefind keys every page word (stemmed for ru/en) and matches a query word by
 * prefix: every key that starts with it (right for a word still being typed).
 * When no key does, it falls back to the longest key that is a prefix of the
 * query word, however short: `пошлины` → `по`, `корабль` → `к`, `санкции` →
 * `са` (the stem of `сайт`). `isRealMatch` is the lower bound on that fallback.
 */
import { foldWord, isTajik } from './fold.ts';
import { stemTajik } from './tajik-stem.ts';

/** Marks the search key the index adds to a Tajik word (`Тоҷикистонро^^точикист`); see annotate.ts. */
export const KEY_MARK = '^^';

/**
 * A found word counts when it shares at least this many first letters with the
 * query word (or all of a shorter query word; see isRealMatch).
 * Chosen by scripts/bench/false-hits.ts on the sample releases: see docs/search.md.
 */
export const MIN_SHARED_PREFIX = 4;
/**
 * ...and at least this share of the query word's letters: a long word is not
 * answered by a short one it merely begins with (`венесуэла` by `вене`, 4 of 9),
 * while an ending added to a page word still finds it (`таджикистанский`).
 * Tajik keys are stems already and Tajik endings long: there 0.4 (docs/search.md).
 */
export const MIN_SHARE = 0.5;
const shareFor = (lang: string): number => (isTajik(lang) ? 0.4 : MIN_SHARE);

/** One query word: as the reader typed it (folded) and as an index key. */
export interface QueryWord {
  folded: string;
  /** The folded word, for Tajik stemmed: shorter than `folded` when an ending was taken off. */
  key: string;
}

export interface PreparedQuery {
  /** The text to give Pagefind's search(). */
  text: string;
  words: QueryWord[];
  /** Each word as its own Pagefind query, in the order of `words`. */
  terms: string[];
}

/** A query word as an index key: folded, and for Tajik stemmed. */
export const queryKey = (word: string, lang: string): string =>
  isTajik(lang) ? stemTajik(foldWord(word, lang)) : foldWord(word, lang);

/** The reader's query made ready for Pagefind: Tajik words folded and stemmed as the index has them. */
export function prepareQuery(raw: string, lang: string): PreparedQuery {
  const trimmed = raw.trim().replace(/\s+/g, ' ');
  const quoted = /^".+"$/.test(trimmed);
  const typed = trimmed.split(' ').map((w) => w.replace(/^"|"$/g, '')).filter((w) => foldWord(w, lang));
  const words = typed.map((w) => ({ folded: foldWord(w, lang), key: queryKey(w, lang) }));
  if (!isTajik(lang)) return { text: trimmed, words, terms: typed };
  const keys = words.map((w) => w.key);
  const text = keys.join(' ');
  return { text: quoted && text ? `"${text}"` : text, words, terms: keys };
}

/** The key a page word was indexed under, as far as the browser can tell from the excerpt text. */
export function hitKey(token: string, lang: string): string {
  const at = token.indexOf(KEY_MARK);
  if (at >= 0) return token.slice(at + KEY_MARK.length);
  return queryKey(token, lang);
}

/** Length of the common beginning of two strings. */
export function sharedPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * Whether a page word Pagefind found for a query word is a real match.
 * A page word that extends the query word counts (the reader may still be
 * typing it), unless the stemmer took an ending off the query word: then the
 * word was complete and only its own key counts (`корҳо` finds `кор`, `корро`,
 * not `корманд`). A shorter page word (Pagefind's fallback) counts when it
 * shares `MIN_SHARED_PREFIX` first letters with the query word, or all of a
 * shorter query word (in ru/en all but its last letter), and at least
 * `MIN_SHARE` of the query word's letters (0.4 in Tajik).
 */
export function isRealMatch(word: QueryWord, token: string, lang: string, bound = MIN_SHARED_PREFIX, share = shareFor(lang)): boolean {
  const key = hitKey(token, lang);
  if (key.startsWith(word.key)) return key === word.key || word.key === word.folded;
  // Tajik keys are the index's own; for ru/en the browser lacks Pagefind's stemmer, which may drop a last letter.
  const slack = isTajik(lang) ? 0 : 1;
  const shared = sharedPrefix(word.key, key);
  return shared >= Math.min(bound, word.key.length - slack) && shared >= Math.ceil(share * word.key.length);
}

/** Pagefind's word separators, as its excerpts split the page text. */
const SEPARATORS = /[^\S\uFEFF]+/g;

/** The page words at Pagefind's word locations (a result's `locations` in its `content`). */
export function wordsAt(content: string, locations: readonly number[]): string[] {
  const words = content.split(SEPARATORS);
  return locations.map((l) => words[l]).filter((w): w is string => w !== undefined);
}

/** Whether every query word has a real match among a result's found words (Pagefind ANDs the words). */
export function isRealHit(query: PreparedQuery, found: readonly string[], lang: string, bound = MIN_SHARED_PREFIX, share = shareFor(lang)): boolean {
  return query.words.every((q) => found.some((w) => isRealMatch(q, w, lang, bound, share)));
}

/** Text without the index's search keys, for showing content or excerpts to a reader. */
export const withoutKeys = (text: string): string => text.replace(/\^\^[^\s<]*/g, '');

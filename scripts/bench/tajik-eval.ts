/**
 * Recall and precision of Tajik search on the test set (tajik-test-set.ts), at
 * the level of words: which words of the sample releases a query finds. It
 * follows Pagefind's matching as its source has it (pagefind_web search.rs,
 * find_word_extensions): every index key that starts with the query key, or,
 * when there is none, the longest key that the query key starts with.
 * "before" is Pagefind alone (no Tajik stemmer, no folding); "after" is this
 * project's keys (annotate.ts), query preparation and false-hit bound (query.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotateWord } from '../../src/lib/search/annotate.ts';
import { foldWord } from '../../src/lib/search/fold.ts';
import { isRealMatch, prepareQuery } from '../../src/lib/search/query.ts';
import { TAJIK_TEST_SET, type Lexeme } from './tajik-test-set.ts';

/** Pagefind's own key for a word: lowercase letters and digits, combining marks dropped. */
const pagefindKey = (word: string) => foldWord(word, 'und');

/** Every key Pagefind files a page word under: the whole word and its parts between ASCII punctuation. */
function keysOf(token: string): string[] {
  const parts = token.split(/[!-/:-@[-`{-~]+/).map(pagefindKey).filter((p) => p.length > 1);
  return [pagefindKey(token), ...parts];
}

/** The words (letters, as written) of the Tajik sample releases: title, summary and body. */
export function tajikVocabulary(contentDir = 'content'): string[] {
  const dir = join(contentDir, 'releases', 'tg');
  const files = readdirSync(dir, { recursive: true }).map(String).filter((f) => /\.mdx?$/.test(f));
  const words = new Set<string>();
  for (const f of files) {
    const text = readFileSync(join(dir, f), 'utf8').replace(/^(?!title|summary)[a-zA-Z]+:.*$/gm, '');
    for (const m of text.matchAll(/\p{L}+/gu)) if (/\p{Script=Cyrillic}/u.test(m[0])) words.add(m[0]);
  }
  return [...words].sort();
}

export interface Mode {
  name: 'before' | 'after';
  /** The index token a page word becomes. */
  token(word: string): string;
  queryKey(query: string): string;
  keep(query: string, token: string): boolean;
}
export const BEFORE: Mode = { name: 'before', token: (w) => w, queryKey: pagefindKey, keep: () => true };
export const AFTER: Mode = {
  name: 'after',
  token: annotateWord,
  queryKey: (q) => prepareQuery(q, 'tg').text,
  keep: (q, t) => isRealMatch(prepareQuery(q, 'tg').words[0]!, t, 'tg'),
};

/** The vocabulary words a query finds in a mode. */
export function found(mode: Mode, vocabulary: string[], query: string): string[] {
  const index = new Map<string, Set<string>>();
  for (const w of vocabulary) for (const k of keysOf(mode.token(w))) (index.get(k) ?? index.set(k, new Set()).get(k)!).add(w);
  const q = mode.queryKey(query);
  let keys = [...index.keys()].filter((k) => k.startsWith(q));
  if (!keys.length) {
    const prefix = [...index.keys()].filter((k) => q.startsWith(k)).sort((a, b) => b.length - a.length)[0];
    keys = prefix ? [prefix] : [];
  }
  const words = new Set(keys.flatMap((k) => [...index.get(k)!]));
  return [...words].filter((w) => mode.keep(query, mode.token(w))).sort();
}

export interface Score { recall: number; precision: number; queries: number; misses: string[] }

/** Micro-averaged recall and precision over every query of the test set. */
export function score(mode: Mode, vocabulary = tajikVocabulary(), set: Lexeme[] = TAJIK_TEST_SET): Score {
  let hit = 0, wrong = 0, missed = 0, queries = 0;
  const misses: string[] = [];
  const present = new Set(vocabulary);
  for (const lexeme of set) {
    const truth = new Set(lexeme.forms.filter((f) => present.has(f)));
    for (const q of lexeme.queries) {
      queries++;
      const got = found(mode, vocabulary, q);
      const good = got.filter((w) => truth.has(w)).length;
      hit += good;
      wrong += got.length - good;
      missed += truth.size - good;
      if (good < truth.size || got.length > good) misses.push(`${q}: found ${got.join(' ') || '-'}; right ${[...truth].join(' ')}`);
    }
  }
  return { recall: hit / (hit + missed), precision: hit / (hit + wrong || 1), queries, misses };
}

/**
 * Keyboard folding: the form of a word that index and query share, so that a
 * reader's spelling finds the page's. Pure; runs at build time and in the browser.
 *
 * Pagefind already lowercases and strips combining marks (NFD) on both sides,
 * which folds ё→е, й→и and the Tajik ӣ→и, ӯ→у. The Tajik letters ҷ қ ҳ ғ have
 * no decomposition, and Tajik readers often type them as their Russian-keyboard
 * look-alikes ч к х г, so for Tajik they are folded too.
 */

/** Tajik letters without a decomposition and the Russian-keyboard letter typed for each. */
export const TAJIK_LOOKALIKES: Readonly<Record<string, string>> = { ҷ: 'ч', қ: 'к', ҳ: 'х', ғ: 'г' };

const MARKS = /\p{M}/gu;
const NOT_WORD = /[^\p{L}\p{N}]/gu;
const TAJIK = /[ҷқҳғ]/g;

/**
 * A word as Pagefind keys it, plus the Tajik look-alikes for `lang` "tg":
 * lowercase, letters and digits only, combining marks dropped.
 */
export function foldWord(word: string, lang: string): string {
  let w = word.toLowerCase().normalize('NFD').replace(MARKS, '').replace(NOT_WORD, '');
  if (isTajik(lang)) w = w.replace(TAJIK, (c) => TAJIK_LOOKALIKES[c]!);
  return w;
}

/** Whether a language gets the Tajik treatment (look-alike folding and the stemmer). */
export const isTajik = (lang: string): boolean => lang.split('-')[0]!.toLowerCase() === 'tg';

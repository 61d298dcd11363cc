/**
 * A small rule-based Tajik stemmer, for search only: it maps the inflected and
 * suffixed forms of a word to one key, so that `Тоҷикистонро`, `Тоҷикистони` and
 * `Тоҷикистон` find each other. It works on folded words (see fold.ts: ҷ→ч,
 * қ→к, ҳ→х, ғ→г, ӣ→и, ӯ→у, ё→е, й→и), so the keyboard a reader types on
 * does not matter. Keys are for matching, not for reading: `давлат` → `давл`.
 *
 * Tajik builds forms by stacking suffixes on an unchanged stem: comparative
 * (-тар, -тарин), plural (-ҳо, -он/-ён, -гон), possessive (-ам, -ат, -аш,
 * -амон, -атон, -ашон, after a vowel -ям…), then izofat (-и, -йи), the object
 * marker -ро, the indefinite -е, and the personal and copula endings of verbs
 * (-ам, -ӣ, -ад, -ем, -ед, -анд, -аст). Stripping the longest known suffix again
 * and again peels them off in any order; a minimum stem length keeps short
 * words whole. Stripping is repeated until nothing changes, so a stem that
 * happens to end like a suffix (Душанбе) loses it in every form alike, which is
 * what matching needs.
 */

/** Suffixes in folded spelling, longest first within equal endings. */
export const TAJIK_SUFFIXES: readonly string[] = [
  'тарин', 'ашон', 'атон', 'амон', 'яшон', 'ятон', 'ямон',
  'гон', 'анд', 'аст', 'тар',
  'хо', 'ро', 'он', 'ен', 'аш', 'ат', 'ам', 'яш', 'ят', 'ям', 'ед', 'ем', 'ад',
  'и', 'е',
].sort((a, b) => b.length - a.length);

/** A stem keeps at least this many letters. */
export const MIN_STEM = 3;
const MAX_STRIPS = 6;
const CYRILLIC_WORD = /^[а-яъ]+$/;

/** The search key of a folded Tajik word; words that are not Cyrillic letters come back as they are. */
export function stemTajik(folded: string): string {
  if (!CYRILLIC_WORD.test(folded)) return folded;
  let w = folded;
  for (let i = 0; i < MAX_STRIPS; i++) {
    const suffix = TAJIK_SUFFIXES.find((s) => w.endsWith(s) && w.length - s.length >= MIN_STEM);
    if (!suffix) break;
    w = w.slice(0, -suffix.length);
  }
  return w;
}

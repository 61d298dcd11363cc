/** Vocabularies of real words per language, taken from the sample releases and seed texts. */

export type Lang = 'ru' | 'en' | 'tg';

const TAJIK_LETTERS = /[ҳҷӣӯқғҲҶӢӮҚҒ]/;

/** Language of a text by its letters: Tajik-only letters → tg, Cyrillic → ru, else en. */
export function guessLang(text: string): Lang {
  const cyr = (text.match(/\p{Script=Cyrillic}/gu) ?? []).length;
  const lat = (text.match(/\p{Script=Latin}/gu) ?? []).length;
  if (cyr > lat) return (text.match(new RegExp(TAJIK_LETTERS, 'g')) ?? []).length > cyr / 200 ? 'tg' : 'ru';
  return 'en';
}

/** Lowercase words (letters, inner hyphens) of the text's script, counted. */
export function countWords(text: string, lang: Lang): Map<string, number> {
  const script = lang === 'en' ? /^\p{Script=Latin}+(?:-\p{Script=Latin}+)*$/u : /^\p{Script=Cyrillic}+(?:-\p{Script=Cyrillic}+)*$/u;
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/\p{L}+(?:-\p{L}+)*/gu)) {
    const w = m[0].toLowerCase();
    if (w.length < 2 && !['a', 'i', 'в', 'с', 'и', 'к', 'о', 'у', 'ва', 'бо'].includes(w)) continue;
    if (script.test(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return counts;
}

/** Real endings per language, used to grow a small vocabulary from real stems. */
export const ENDINGS: Record<Lang, string[]> = {
  ru: ['а', 'ы', 'у', 'ой', 'ом', 'ов', 'ам', 'ами', 'ах', 'е', 'и', 'ия', 'ии', 'ей', 'ого', 'ому', 'ыми', 'ых'],
  en: ['s', 'ed', 'ing', 'er', 'ers', 'al', 'ly', 'ment', 'ments', 'ion', 'ions'],
  tg: ['ҳо', 'и', 'ро', 'он', 'ӣ', 'ҳои', 'ашон', 'аш', 'ҳоро', 'ам', 'гӣ', 'нок'],
};

/** Strips a known ending from a word, leaving a stem of at least four letters (or undefined). */
function stemOf(word: string, endings: readonly string[]): string | undefined {
  const ending = [...endings].sort((a, b) => b.length - a.length).find((e) => word.endsWith(e) && word.length - e.length >= 4);
  return ending ? word.slice(0, -ending.length) : word.length >= 5 ? word : undefined;
}

/**
 * Words ordered most frequent first; grown to `target` words when smaller by
 * combining real stems with real endings of the language (never random letters).
 */
export function buildVocabulary(counts: Map<string, number>, lang: Lang, target: number): string[] {
  const words = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
  const known = new Set(words);
  const stems = [...new Set(words.map((w) => stemOf(w, ENDINGS[lang])).filter((s): s is string => !!s))];
  for (const ending of ENDINGS[lang]) {
    for (const stem of stems) {
      if (words.length >= target) return words;
      const w = stem + ending;
      if (!known.has(w)) {
        known.add(w);
        words.push(w);
      }
    }
  }
  return words;
}

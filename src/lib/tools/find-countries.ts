/**
 * Finds countries named in running text (Russian, English, Tajik), for the
 * importer. Names come from Intl.DisplayNames for every ISO code, plus a short
 * alias table for official and informal names Intl does not give.
 *
 * Inflection (Russian and Tajik), one rule: a name's stem is the name without
 * its final vowel, soft sign or й (up to two letters, keeping at least four),
 * and a word matches when it is the stem plus one of the case endings below
 * ("Таджикистан" → "Таджикистана", "Италия" → "Италии", "Беларусь" →
 * "Беларуси"), or the whole name plus a Tajik suffix ("Тоҷикистонро").
 * Only capitalised words count (country names are proper nouns), so "того"
 * is not Togo. Adjectives are deliberately NOT countries: "российских граждан"
 * or "белорусской стороны" does not add RU or BY, because an adjective often
 * describes people or things, not a participating state.
 * When several names match, the one covering more words wins ("Соединённые
 * Штаты Америки"), then the longer stem.
 */
import countries from 'i18n-iso-countries';

/** Official and informal names Intl.DisplayNames does not give. Abbreviations match case-sensitively. */
export const ALIASES: Record<string, string> = {
  'Республика Беларусь': 'BY', Белоруссия: 'BY', 'Соединённое Королевство': 'GB', Англия: 'GB',
  'Соединённые Штаты Америки': 'US', США: 'US', Киргизия: 'KG', Молдавия: 'MD', КНР: 'CN',
  'Соединённое Королевство Великобритании и Северной Ирландии': 'GB',
  'United States of America': 'US', USA: 'US', US: 'US', UK: 'GB', Britain: 'GB', 'Great Britain': 'GB',
  'United Kingdom of Great Britain and Northern Ireland': 'GB', Амрико: 'US', ИМА: 'US', Чин: 'CN',
  Кыргызстан: 'KG', 'Кыргызская Республика': 'KG', 'Kyrgyz Republic': 'KG', 'Республика Корея': 'KR', 'Republic of Korea': 'KR',
  Turkey: 'TR', Олмон: 'DE', Беларус: 'BY', 'Ҷумҳурии Корея': 'KR',
};

const RU_ENDINGS = [
  '', 'а', 'я', 'у', 'ю', 'е', 'и', 'ы', 'о', 'ь', 'ом', 'ем', 'ой', 'ей', 'ою', 'ия', 'ии', 'ию', 'ией', 'ие',
  'ов', 'ам', 'ах', 'ях', 'ые', 'ых', 'ым', 'ыми', 'ами', 'ое', 'ого', 'ому',
];
const TG_SUFFIXES = ['', 'и', 'ро', 'ву', 'ӣ'];
const VOWELISH = /[аяоеёиыуюэьйaeiouy]$/i;
const LANGS = ['ru', 'en', 'tg'];

interface Name { code: string; words: string[]; stems: string[]; capital: boolean[]; exactCase: boolean }

const norm = (s: string) => s.toLowerCase().replace(/ё/g, 'е');
/** Drops up to two final vowels (or ь, й), keeping at least four letters: "Соединённые" → "Соединённ". */
function stemOf(w: string): string {
  let stem = w;
  for (let i = 0; i < 2 && VOWELISH.test(stem) && stem.length > 4; i++) stem = stem.slice(0, -1);
  return stem;
}

function nameOf(code: string, text: string): Name | undefined {
  const words = text.split(/[\s\-–]+/).filter(Boolean);
  if (!words.length || words.some((w) => /[^\p{L}]/u.test(w))) return undefined; // "Гонконг (САР)"
  const exactCase = words.length === 1 && words[0] === words[0]!.toUpperCase();
  const capital = words.map((w) => /^\p{Lu}/u.test(w)); // "of", "and", "и" inside a name stay lowercase
  return { code, words: words.map(norm), stems: words.map((w) => norm(stemOf(w))), capital, exactCase };
}

let names: Name[] | undefined;
function allNames(): Name[] {
  if (names) return names;
  const list: Name[] = [];
  for (const lang of LANGS) {
    const display = new Intl.DisplayNames([lang], { type: 'region' });
    for (const code of Object.keys(countries.getAlpha2Codes())) {
      const text = display.of(code);
      const name = text && text !== code ? nameOf(code, text) : undefined;
      if (name) list.push(name);
    }
  }
  for (const [text, code] of Object.entries(ALIASES)) {
    const name = nameOf(code, text);
    if (name) list.push(name);
  }
  return (names = list);
}

/** How well `token` matches `word` (stem length), or 0. */
function wordMatch(token: string, word: string, stem: string): number {
  if (token === word) return word.length + 1;
  if (TG_SUFFIXES.includes(token.slice(word.length)) && token.startsWith(word)) return word.length;
  if (token.startsWith(stem) && RU_ENDINGS.includes(token.slice(stem.length))) return stem.length;
  return 0;
}

/** ISO codes of the countries named in `text`, in order of first mention. */
export function findCountries(text: string): string[] {
  const tokens = [...text.matchAll(/\p{L}+/gu)].map((m) => m[0]);
  const found: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!/^\p{Lu}/u.test(tokens[i]!)) continue;
    let best: { code: string; words: number; score: number } | undefined;
    for (const n of allNames()) {
      if (n.exactCase) {
        if (tokens[i] === n.words[0]!.toUpperCase() && (!best || best.words < 1)) best = { code: n.code, words: 1, score: 99 };
        continue;
      }
      let score = 0;
      for (let k = 0; k < n.words.length; k++) {
        const token = tokens[i + k];
        const s = token && (!n.capital[k] || /^\p{Lu}/u.test(token)) ? wordMatch(norm(token), n.words[k]!, n.stems[k]!) : 0;
        if (!s) { score = 0; break; }
        score += s;
      }
      if (score && (!best || n.words.length > best.words || (n.words.length === best.words && score > best.score))) {
        best = { code: n.code, words: n.words.length, score };
      }
    }
    if (best) {
      if (!found.includes(best.code)) found.push(best.code);
      i += best.words - 1;
    }
  }
  return found;
}

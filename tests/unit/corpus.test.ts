import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/bench/corpus.ts';
import { rng } from '../../scripts/bench/prng.ts';
import { buildVocabulary, countWords, guessLang } from '../../scripts/bench/vocabulary.ts';
import { cumulativeWeights, logLogSlope, lowerBound, zipfSampler, ZIPF_EXPONENT } from '../../scripts/bench/zipf.ts';

const vocab = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
const vocabulary = { ru: ['слово', 'дело', 'мир', 'город', 'страна'], en: ['word', 'deal', 'world', 'city', 'land'], tg: ['калима', 'кор', 'ҷаҳон', 'шаҳр', 'кишвар'] };

describe('corpus generator', () => {
  it('gives the same files for the same seed and different ones for another', () => {
    const a = generateCorpus({ count: 50, seed: 7, vocabulary });
    const b = generateCorpus({ count: 50, seed: 7, vocabulary });
    const c = generateCorpus({ count: 50, seed: 8, vocabulary });
    expect([...a]).toEqual([...b]);
    expect([...a]).not.toEqual([...c]);
  });

  it('writes exactly count releases, 30 agencies, in ru, en and tg, with unique paths and some translations', () => {
    const files = generateCorpus({ count: 600, seed: 1, vocabulary });
    const releases = [...files.keys()].filter((p) => p.startsWith('releases/'));
    expect(releases).toHaveLength(600);
    expect(files.get('agencies.yml')!.match(/^- id: /gm)).toHaveLength(30);
    const langs = new Set(releases.map((p) => p.split('/')[1]));
    expect([...langs].sort()).toEqual(['en', 'ru', 'tg']);
    const keys = releases.map((p) => files.get(p)!.match(/^translationKey: (.+)$/m)![1]);
    const shared = keys.length - new Set(keys).size;
    expect(shared / new Set(keys).size).toBeGreaterThan(0.2);
    expect(shared / new Set(keys).size).toBeLessThan(0.4);
    const years = new Set(releases.map((p) => p.split('/')[2]));
    expect(years.size).toBe(12);
    for (const p of releases) {
      const text = files.get(p)!;
      const countries = text.match(/countries: \[(.*)\]/)![1]!.split(', ');
      expect(countries.length).toBeGreaterThanOrEqual(1);
      expect(countries.length).toBeLessThanOrEqual(6);
    }
  });

  it('writes bodies of 150–900 words', () => {
    const files = generateCorpus({ count: 100, seed: 3, vocabulary });
    for (const [p, text] of files) {
      if (!p.startsWith('releases/')) continue;
      const body = text.split('\n---\n')[1]!.replace(/^\|.*$/gm, '');
      const n = body.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
      expect(n).toBeGreaterThanOrEqual(150);
      expect(n).toBeLessThanOrEqual(1000);
    }
  });
});

describe('Zipf sampling', () => {
  it('binary search finds the first cumulative weight ≥ x', () => {
    const t = cumulativeWeights(4, 1);
    expect(lowerBound(t, 0)).toBe(0);
    expect(lowerBound(t, 1)).toBe(0);
    expect(lowerBound(t, 1.2)).toBe(1);
    expect(lowerBound(t, t[3]!)).toBe(3);
  });

  it('draws words with a log-log rank/frequency slope near -1.07', () => {
    const r = rng(42);
    const draw = zipfSampler(vocab('w', 2000), r.next);
    const counts = new Map<string, number>();
    for (let i = 0; i < 200_000; i++) {
      const w = draw();
      counts.set(w, (counts.get(w) ?? 0) + 1);
    }
    // The top ranks are sampled densely enough for their frequencies to be stable.
    const top = [...counts.values()].sort((a, b) => b - a).slice(0, 200);
    expect(logLogSlope(top)).toBeCloseTo(-ZIPF_EXPONENT, 1);
  });
});

describe('vocabulary', () => {
  it('tells ru, tg and en texts apart', () => {
    expect(guessLang('Министерство иностранных дел')).toBe('ru');
    expect(guessLang('Вазорати корҳои хориҷии Ҷумҳурии Тоҷикистон')).toBe('tg');
    expect(guessLang('Ministry of Foreign Affairs')).toBe('en');
  });

  it('counts only words of the language script and grows from real stems and endings', () => {
    const counts = countWords('Консультации консультации Minsk министерства', 'ru');
    expect(counts.get('консультации')).toBe(2);
    expect(counts.has('minsk')).toBe(false);
    const words = buildVocabulary(counts, 'ru', 10);
    expect(words[0]).toBe('консультации');
    expect(words).toHaveLength(10);
    for (const w of words) expect(w.startsWith('консультац') || w.startsWith('министерств')).toBe(true);
  });
});

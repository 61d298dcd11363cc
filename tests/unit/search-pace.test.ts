import { describe, expect, it } from 'vitest';
import { SHORT_QUERY_DELAY, SLOW_SEARCH, TYPING_DELAY, TypingPace } from '../../src/lib/search/pace.ts';

/** Types `word` one key every `gap` ms from `from`; the pause after each key. */
const typeWord = (pace: TypingPace, word: string, gap: number, from = 1000) =>
  [...word].map((_, i) => pace.pause(word.slice(0, i + 1), from + i * gap));

describe('when the search page searches what is typed', () => {
  it('searches at once from the third letter when the whole index is loaded and searches are quick', () => {
    const pace = new TypingPace();
    pace.whole = true;
    pace.searched(60);
    expect(typeWord(pace, 'консультации', 120)).toEqual([SHORT_QUERY_DELAY, SHORT_QUERY_DELAY, ...Array(10).fill(0)]);
  });

  it('pauses a little longer than the reader\'s gap between keys while the index loads', () => {
    const pace = new TypingPace();
    const pauses = typeWord(pace, 'консультации', 120);
    expect(pauses.slice(0, 2)).toEqual([SHORT_QUERY_DELAY, SHORT_QUERY_DELAY]);
    // The gap is learnt from the keys: 140 assumed, then towards 120, so the pause ends near 1.25 × 120.
    expect(pauses.at(-1)!).toBeGreaterThan(120);
    expect(pauses.at(-1)!).toBeLessThan(160);
    // A slow typist's pause keeps to the upper bound, a fast one's to the lower.
    expect(typeWord(new TypingPace(), 'консультации', 400).at(-1)).toBe(TYPING_DELAY.max);
    expect(typeWord(new TypingPace(), 'консультации', 10).at(-1)).toBe(TYPING_DELAY.min);
  });

  it('pauses again after a slow search, and searches at once once searches are quick again', () => {
    const pace = new TypingPace();
    pace.whole = true;
    pace.searched(SLOW_SEARCH * 4);
    expect(typeWord(pace, 'визит', 120).at(-1)).toBeGreaterThan(0);
    // Each quick search halves the remembered time: 4 × → 2 ×, still slow; → 1 ×, quick.
    pace.searched(50);
    expect(typeWord(pace, 'визит', 120, 10_000).at(-1)).toBeGreaterThan(0);
    pace.searched(50);
    expect(typeWord(pace, 'визит', 120, 20_000).at(-1)).toBe(0);
  });
});

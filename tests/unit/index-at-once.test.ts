import { describe, expect, it } from 'vitest';
import { bundleMemory, indexEach, indexersAtOnce, MEMORY_AT_ONCE, type Bundle } from '../../src/lib/search/build-index.ts';

/** A bundle of `n` pages of one language. */
const bundle = (name: string, lang: string, n: number): Bundle =>
  ({ name, folder: name, pages: Array.from({ length: n }, (_, i) => `${lang}/2020/01/01/p${i}/index.html`) });

/** Runs indexEach with bundles that take `ms` each, recording what ran together. */
async function schedule(todo: Bundle[], atOnce: number, ms = (b: Bundle) => b.pages.length / 100) {
  const running = new Set<Bundle>();
  const together: string[][] = [];
  const started: string[] = [];
  await indexEach(todo, async (b) => {
    running.add(b);
    started.push(b.name);
    together.push([...running].map((r) => r.name).sort());
    await new Promise((r) => setTimeout(r, ms(b)));
    running.delete(b);
  }, atOnce);
  return { together, started };
}

describe('indexing bundles at once', () => {
  // The bundles of 10,000 releases: a closed shard of ≈ 2,100 and one of ≈ 1,050 pages per language, the main bundle.
  const tenThousand = [
    bundle('main', 'ru', 819), bundle('ru-a', 'ru', 2100), bundle('ru-b', 'ru', 1050), bundle('en-a', 'en', 2100),
    bundle('en-b', 'en', 1050), bundle('tg-a', 'tg', 2100), bundle('tg-b', 'tg', 1050),
  ];

  it('indexes every bundle once, two at a time, the largest first, within the memory allowed together', async () => {
    const { together, started } = await schedule(tenThousand, 2);
    expect([...started].sort()).toEqual(tenThousand.map((b) => b.name).sort());
    expect(started[0]).toBe('tg-a');
    expect(Math.max(...together.map((t) => t.length))).toBe(2);
    const memory = (names: string[]) => names.reduce((m, n) => m + bundleMemory(tenThousand.find((b) => b.name === n)!), 0);
    for (const t of together) expect(memory(t), t.join(' + ')).toBeLessThanOrEqual(MEMORY_AT_ONCE);
    // Two of the largest Russian and English shards (≈ 1 GiB of Pagefind together) never run beside the Tajik one.
    expect(together.some((t) => t.includes('tg-a') && (t.includes('ru-a') || t.includes('en-a')))).toBe(false);
  });

  it('indexes a bundle over the memory allowed alone', async () => {
    const huge = bundle('tg-huge', 'tg', 4200);
    expect(bundleMemory(huge)).toBeGreaterThan(MEMORY_AT_ONCE);
    const { together } = await schedule([huge, bundle('main', 'ru', 800), bundle('en', 'en', 500)], 2);
    for (const t of together) if (t.includes('tg-huge')) expect(t).toEqual(['tg-huge']);
  });

  it('indexes one at a time when told to', async () => {
    const { together } = await schedule(tenThousand, 1);
    expect(together.every((t) => t.length === 1)).toBe(true);
  });

  it('reports a bundle that fails', async () => {
    await expect(indexEach(tenThousand, async (b) => { if (b.name === 'en-b') throw new Error('Pagefind failed'); }, 2)).rejects.toThrow('Pagefind failed');
  });
});

describe('indexersAtOnce', () => {
  it('is two on two cores or more, one on one, and takes PRESS_INDEX_AT_ONCE', () => {
    expect(indexersAtOnce(1, undefined)).toBe(1);
    expect(indexersAtOnce(2, undefined)).toBe(2);
    expect(indexersAtOnce(16, undefined)).toBe(2);
    expect(indexersAtOnce(2, '1')).toBe(1);
    expect(indexersAtOnce(2, '3')).toBe(3);
    expect(() => indexersAtOnce(2, '0')).toThrow(/PRESS_INDEX_AT_ONCE/);
  });
});

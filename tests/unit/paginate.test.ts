import { describe, expect, it } from 'vitest';
import { paginate, pageParam, type Page } from '../../src/lib/site/paginate.ts';
import { pagePath } from '../../src/lib/content/urls.ts';

const SIZE = 20;
/** Releases 1..n, newest first (a bigger number is newer). */
const list = (n: number) => Array.from({ length: n }, (_, i) => n - i);
const byNumber = (pages: Page<number>[]) => new Map(pages.map((p) => [p.number, p]));

describe('paginate (stable pages)', () => {
  it('small lists are one front page with no navigation', () => {
    for (const n of [0, 1, 20, 39]) {
      const pages = paginate(list(n), SIZE);
      expect(pages, String(n)).toHaveLength(1);
      expect(pages[0]).toMatchObject({ number: 0, items: list(n), nav: [] });
      expect(pages[0]!.older).toBeUndefined();
    }
  });

  it('cuts full pages from the oldest end; the front page shows the newest 20 to 39', () => {
    const pages = byNumber(paginate(list(65), SIZE));
    expect([...pages.keys()]).toEqual([0, 2, 1]);
    expect(pages.get(1)!.items).toEqual(list(20));
    expect(pages.get(2)!.items).toEqual(list(40).slice(0, 20));
    expect(pages.get(0)!.items).toEqual(list(65).slice(0, 25));
    expect([pages.get(0)!.newer, pages.get(0)!.older]).toEqual([undefined, 2]);
    expect(pages.get(2)).toMatchObject({ newer: 0, older: 1 });
    expect([pages.get(1)!.newer, pages.get(1)!.older]).toEqual([2, undefined]);
  });

  it('lists every release exactly once, newest first across pages, for every size up to 400', () => {
    for (let n = 0; n <= 400; n++) {
      const pages = paginate(list(n), SIZE);
      expect(pages.flatMap((p) => p.items), String(n)).toEqual(list(n));
      const front = pages[0]!;
      if (n >= SIZE) expect(front.items.length).toBeGreaterThanOrEqual(SIZE);
      expect(front.items.length).toBeLessThan(2 * SIZE);
      const numbers = new Set(pages.map((p) => p.number));
      for (const p of pages) {
        for (const k of [...p.nav, p.newer, p.older]) if (typeof k === 'number') expect(numbers.has(k), `${n}: page ${p.number} links ${k}`).toBe(true);
        expect(p.nav.length === 0 || p.nav.includes(p.number)).toBe(true);
      }
    }
  });

  it('a new release never moves releases between numbered pages; each is drawn again at most three times', () => {
    const changes = new Map<number, number>();
    let before = byNumber(paginate(list(0), SIZE));
    for (let n = 1; n <= 600; n++) {
      const after = byNumber(paginate(list(n), SIZE));
      for (const [k, page] of after) {
        if (k === 0) continue;
        const old = before.get(k);
        if (old) expect(page.items, `${n}: page ${k}`).toEqual(old.items);
        if (old && JSON.stringify(old) !== JSON.stringify(page)) changes.set(k, (changes.get(k) ?? 0) + 1);
      }
      before = after;
    }
    expect(Math.max(...changes.values())).toBeLessThanOrEqual(3);
  });

  it('addresses: the front page at the list, numbered pages under page/', () => {
    expect(pageParam(0)).toBeUndefined();
    expect(pageParam(3)).toBe('page/3');
    expect(pagePath('/ru/countries/tj/', 0)).toBe('/ru/countries/tj/');
    expect(pagePath('/ru/countries/tj/', 1)).toBe('/ru/countries/tj/page/1/');
  });
});

import { describe, expect, it } from 'vitest';
import { groupSizes, MAX_GROUP, mergeShards, planShards, shardManifest } from '../../src/lib/search/shards.ts';

/** `n` release pages of a language in one month. */
const month = (lang: string, ym: string, n: number) =>
  Array.from({ length: n }, (_, i) => `${lang}/${ym.replace('-', '/')}/0${1 + (i % 9)}/r${i}/index.html`);

describe('search index shards', () => {
  it('fills shards with whole months from the oldest on, per language; the newest stays open', () => {
    const pages = [...month('ru', '2020-01', 3), ...month('ru', '2020-02', 3), ...month('ru', '2020-03', 2), ...month('en', '2020-01', 1)];
    const shards = planShards(pages, 4);
    expect(shards.map((s) => [s.id, s.pages.length, s.open])).toEqual([['en-2020-01', 1, true], ['ru-2020-01-2020-02', 6, false], ['ru-2020-03', 2, true]]);
    expect(shardManifest(shards)).toEqual({ ru: ['ru-2020-01-2020-02'] });
    expect(planShards(['ru/index.html', 'ru/countries/tj/index.html'])).toEqual([]);
  });

  it('changes only the open shard of its language when a release is added to the newest month', () => {
    const pages = Array.from({ length: 30 }, (_, m) => month('ru', `20${10 + Math.floor(m / 12)}-${String(1 + (m % 12)).padStart(2, '0')}`, 1 + (m % 4))).flat();
    const before = planShards(pages, 10);
    const after = planShards([...pages, 'ru/2012/06/30/new/index.html'], 10);
    const closed = (s: typeof before) => s.filter((x) => !x.open);
    expect(closed(after)).toEqual(closed(before));
    expect(closed(before).length).toBeGreaterThan(1);
    expect(after.at(-1)!.pages).toEqual([...before.at(-1)!.pages, 'ru/2012/06/30/new/index.html'].sort());
  });

  it('groups closed blocks as the binary digits of their number, so a language has few shards', () => {
    expect(groupSizes(0)).toEqual([]);
    expect(groupSizes(6)).toEqual([4, 2]);
    expect(groupSizes(11)).toEqual([8, 2, 1]);
    expect(groupSizes(13)).toEqual([12, 1]);
    // 60 months of 150 pages, blocks of 450: 20 blocks, the last open; 19 closed = 12 + 4 + 2 + 1 (no shard over MAX_GROUP = 12 blocks).
    const big = Array.from({ length: 60 }, (_, m) => month('tg', `${2000 + Math.floor(m / 12)}-${String(1 + (m % 12)).padStart(2, '0')}`, 150)).flat();
    const shards = planShards(big, 450);
    expect(shards.map((s) => [s.pages.length, s.open])).toEqual([[12 * 450, false], [4 * 450, false], [2 * 450, false], [450, false], [450, true]]);
    expect(shards.flatMap((s) => s.pages)).toEqual([...big].sort());
    expect(shards[0]!.id).toBe('tg-2000-01-2002-12');
  });

  it('caps a closed shard at MAX_GROUP blocks, and one more block only merges the newest groups', () => {
    expect(groupSizes(16, 8)).toEqual([8, 8]);
    expect(groupSizes(66, 8)).toEqual([...Array(8).fill(8), 2]);
    expect(groupSizes(2 * MAX_GROUP + 3)).toEqual([MAX_GROUP, MAX_GROUP, 2, 1]);
    const bounds = (sizes: number[]) => sizes.map((_, i) => sizes.slice(0, i + 1).reduce((a, b) => a + b, 0));
    for (let n = 0; n < 200; n++) {
      const [now, next] = [groupSizes(n), groupSizes(n + 1)];
      expect(Math.max(0, ...next)).toBeLessThanOrEqual(MAX_GROUP);
      expect(next.reduce((a, b) => a + b, 0)).toBe(n + 1);
      // Every group boundary of n + 1 blocks is one of n's, or the new end: old shards are kept or merged whole.
      expect(bounds(next).every((b) => b === n + 1 || bounds(now).includes(b))).toBe(true);
    }
  });

  it('merges groups only when a block closes, as a binary carry', () => {
    const months = (n: number) => Array.from({ length: n }, (_, m) => month('ru', `${2000 + Math.floor(m / 12)}-${String(1 + (m % 12)).padStart(2, '0')}`, 5)).flat();
    // Blocks of 10 pages = 2 months. 15 months: 7 closed blocks (4 + 2 + 1) and the open one.
    const seven = planShards(months(15), 10).filter((s) => !s.open).map((s) => s.pages.length);
    expect(seven).toEqual([40, 20, 10]);
    // One block more closes: 8 = one group of all of them.
    const eight = planShards(months(17), 10).filter((s) => !s.open).map((s) => s.pages.length);
    expect(eight).toEqual([80]);
  });

  it('merges the closed shards of the page language into the main bundle', async () => {
    const merged: string[] = [];
    const pf = { mergeIndex: async (path: string) => { merged.push(path); } };
    const get = async (url: string) => new Response(JSON.stringify({ ru: ['ru-2014-01', 'ru-2016-05'], en: ['en-2014-01'] }), { status: url === '/pagefind/shards.json' ? 200 : 404 });
    expect(await mergeShards(pf, '/pagefind/', 'ru', {}, get as typeof fetch)).toBe(2);
    expect(merged).toEqual(['/pagefind/shards/ru-2014-01/', '/pagefind/shards/ru-2016-05/']);
    expect(await mergeShards(pf, '/x/', 'ru', {}, get as typeof fetch)).toBe(0);
  });

  it('says when every merge is asked for, before any is done, so a search can be queued behind them', async () => {
    const asked: string[] = [];
    let finish = () => {};
    const done = new Promise<void>((resolve) => { finish = resolve; });
    const pf = { mergeIndex: (path: string) => { asked.push(path); return done; } };
    const get = async () => new Response(JSON.stringify({ ru: ['ru-2014-01', 'ru-2016-05'] }));
    let whenAsked: string[] | undefined;
    const merging = mergeShards(pf, '/pagefind/', 'ru', {}, get as typeof fetch, () => { whenAsked = [...asked]; });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(whenAsked).toEqual(['/pagefind/shards/ru-2014-01/', '/pagefind/shards/ru-2016-05/']);
    finish();
    expect(await merging).toBe(2);
    let none = false;
    await mergeShards(pf, '/x/', 'ru', {}, (async () => new Response('', { status: 404 })) as typeof fetch, () => { none = true; });
    expect(none).toBe(true);
  });
});

import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CardPool, poolSize } from '../../src/lib/outputs/card-pool.ts';
import { CARD_SHAPES, cardFile, cardPng, type Card, type CardShape } from '../../src/lib/outputs/og-card.ts';

const WORKER = new URL('../../src/lib/outputs/card-worker.ts', import.meta.url);
const base: Card = { title: 'Вазорати корҳои хориҷӣ дар бораи ҳамкориҳои минтақавӣ', agency: 'ВКХ', date: '7 октябри 2020', siteName: 'Маркази матбуот', dir: 'ltr' };
const rtl: Card = { ...base, title: 'وزارة الخارجية تعقد مشاورات سياسية', dir: 'rtl' };
const shapes = [undefined, ...Object.keys(CARD_SHAPES)] as (CardShape | undefined)[];
/** A release's four images, as the card route lists them. */
const images = (c: Card) => shapes.map((shape) => ({ ...c, shape }));

let pools: CardPool[] = [];
const pool = (size = 1) => { const p = new CardPool(WORKER, size); pools.push(p); return p; };
afterEach(async () => { await Promise.all(pools.map((p) => p.close())); pools = []; });
const cache = () => mkdtempSync(join(tmpdir(), 'card-pool-'));

describe('cards drawn by the card workers', () => {
  it('have the bytes of the cards drawn in this thread, in every shape and direction', async () => {
    const p = pool(2);
    const dir = cache();
    const cards = [...images(base), ...images(rtl)];
    // Eight cards: all of them go to the workers at once, and close() waits for them.
    await p.predraw(cards, dir);
    await p.close();
    expect(readdirSync(dir).sort()).toEqual(cards.map(cardFile).sort());
    for (const c of cards) expect(readFileSync(join(dir, cardFile(c))).equals(await cardPng(c)), `${c.dir} ${c.shape ?? 'card'}`).toBe(true);
  });

  it('are drawn into the cache ahead of being asked for, and then read from it', async () => {
    const p = pool();
    const dir = cache();
    await p.predraw(images(base), dir);
    await p.close();
    expect(readdirSync(dir).sort()).toEqual(images(base).map(cardFile).sort());
    // What the cache holds is what comes back: proof the card is not drawn again.
    writeFileSync(join(dir, cardFile(base)), 'cached');
    expect((await pool().png(base, dir)).toString()).toBe('cached');
  });

  it('leave a card the cache holds as it is', async () => {
    const dir = cache();
    writeFileSync(join(dir, cardFile(base)), 'cached');
    const p = pool();
    await p.predraw(images(base), dir);
    expect((await p.png(base, dir)).toString()).toBe('cached');
    await p.close();
    expect(readFileSync(join(dir, cardFile(base)), 'utf8')).toBe('cached');
    expect(readdirSync(dir)).toHaveLength(4);
  });

  it('draw from the end of the list while this thread draws from its front', async () => {
    const p = pool();
    const dir = cache();
    const queued = Array.from({ length: 24 }, (_, i) => ({ ...base, title: `${base.title} ${i}` }));
    await p.predraw(queued, dir);
    const first = await p.png(queued[0]!, dir);
    expect(first.equals(await cardPng(queued[0]!))).toBe(true);
    // Drawn here and put into the cache like a worker's card.
    expect(readdirSync(dir)).toContain(cardFile(queued[0]!));
    await p.close();
    // close() waits for the cards a worker had taken: the last ones of the list, not those after the first.
    const drawn = new Set(readdirSync(dir));
    expect(drawn.has(cardFile(queued.at(-1)!))).toBe(true);
    expect(drawn.has(cardFile(queued[1]!))).toBe(false);
  });

  it('draw every queued card when drained, this thread and the workers together', async () => {
    const p = pool();
    const dir = cache();
    const queued = Array.from({ length: 24 }, (_, i) => ({ ...base, title: `${base.title} ${i}` }));
    await p.predraw(queued, dir);
    await p.drain();
    expect(new Set(readdirSync(dir))).toEqual(new Set(queued.map(cardFile)));
    expect(p.drawn.here).toBeGreaterThan(0);
    expect(p.drawn.workers + p.drawn.here).toBe(queued.length);
  });

  it('report a card that fails to draw to the endpoint that asks for it', async () => {
    const p = pool();
    const dir = cache();
    const broken = { ...base, title: 42 as unknown as string };
    await p.predraw([broken], dir);
    await expect(p.png(broken, dir)).rejects.toThrow(/card [0-9a-f]{64}\.png: .*replace/);
    // The workers go on drawing.
    expect((await p.png(base, dir)).equals(await cardPng(base))).toBe(true);
  });
});

describe('poolSize', () => {
  it('leaves one core to the build thread and keeps at least one worker', () => {
    expect(poolSize(1, undefined)).toBe(1);
    expect(poolSize(2, undefined)).toBe(1);
    expect(poolSize(4, undefined)).toBe(3);
    expect(poolSize(32, undefined)).toBe(4);
  });

  it('takes PRESS_CARD_WORKERS, 0 included, and refuses what is no count', () => {
    expect(poolSize(2, '0')).toBe(0);
    expect(poolSize(2, '3')).toBe(3);
    expect(poolSize(2, ' ')).toBe(1);
    expect(() => poolSize(2, 'two')).toThrow(/PRESS_CARD_WORKERS/);
  });
});

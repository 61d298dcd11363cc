/**
 * The build's social cards (src/lib/outputs/card-outputs.ts, card-pool.ts): when the build starts,
 * the card workers start and the card route is told to list its cards instead of handing them to
 * Astro; once every page is generated, the cards not drawn yet are drawn (this thread and the workers
 * together) and each is linked from the card cache into the output folder. PRESS_CARD_WORKERS sets
 * how many workers (0: every card drawn in the build's thread); by default one less than the cores, at least one.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
// sharp loaded by this thread first: its libraries then stay loaded when a worker ends.
import 'sharp';
import { CardPool, poolSize, setCardPool } from '../lib/outputs/card-pool.ts';
import { cardCache, cardOutputs, collectCardOutputs, placeCards } from '../lib/outputs/card-outputs.ts';
import { cachedNames, cardFile, cardPng } from '../lib/outputs/og-card.ts';

/** `placed()`: the card files this build put into the output folder, relative to it (kept-dist.ts keeps them). */
export function cards(size = poolSize()): AstroIntegration & { placed: () => readonly string[] } {
  let pool: CardPool | undefined;
  let placed: string[] = [];
  return {
    name: 'press-cards',
    placed: () => placed,
    hooks: {
      'astro:build:start': () => {
        collectCardOutputs(true);
        if (!size) return;
        pool = new CardPool(new URL('../lib/outputs/card-worker.ts', import.meta.url), size);
        setCardPool(pool);
      },
      'astro:build:generated': async ({ dir, logger }) => {
        const outputs = cardOutputs() ?? [];
        let here = 0;
        collectCardOutputs(false);
        setCardPool(undefined);
        try {
          if (pool) await pool.drain();
          else {
            const names = await cachedNames(cardCache);
            for (const { card } of outputs) if (!names.has(cardFile(card))) { await cardPng(card, cardCache); here++; }
          }
        } finally {
          await pool?.close();
        }
        placed = placeCards(outputs, cardCache, fileURLToPath(dir));
        const drawn = pool ? pool.drawn : { workers: 0, here };
        logger.info(`cards drawn: ${drawn.workers} by ${size === 1 ? 'the worker' : `${size} workers`}, ${drawn.here} in the build's thread; ${placed.length} card images in the output folder`);
      },
    },
  };
}

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
import { cardCache, cardOutputs, collectCardOutputs, placeCards, placedBefore, placedListFile, savePlaced } from '../lib/outputs/card-outputs.ts';
import { cachedNames, cardFile, cardPng } from '../lib/outputs/og-card.ts';
import { matchesSeal, sealOf, type Seal } from './kept-dist.ts';

/**
 * `placed()`: the card files this build put into the output folder, relative to it (kept-dist.ts keeps them).
 * `keptFiles()`: the files of the last build's output folder when this build keeps it (kept-dist.ts), else undefined.
 * `remember`: an integration to run after the output folder is sealed; it notes where the cards went, for the next build.
 */
export function cards(keptFiles: () => Promise<readonly string[]> | undefined = () => undefined, size = poolSize()): AstroIntegration & { placed: () => readonly string[]; remember: AstroIntegration } {
  let pool: CardPool | undefined;
  let placements = new Map<string, string>();
  let outDir = '';
  const remember: AstroIntegration = {
    name: 'press-cards-placed',
    hooks: { 'astro:build:done': () => { if (outDir) savePlaced(placedListFile, sealOf(outDir), placements); } },
  };
  return {
    remember,
    name: 'press-cards',
    placed: () => [...placements.keys()],
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
        outDir = fileURLToPath(dir);
        // Only in a kept folder, and only what it still holds: a card deleted from it since is linked again.
        const there = keptFiles();
        const before = there ? placedBefore(placedListFile, (seal) => matchesSeal(outDir, seal as Seal), new Set(await there)) : new Map<string, string>();
        placements = placeCards(outputs, cardCache, outDir, before);
        const drawn = pool ? pool.drawn : { workers: 0, here };
        logger.info(`cards drawn: ${drawn.workers} by ${size === 1 ? 'the worker' : `${size} workers`}, ${drawn.here} in the build's thread; ${placements.size} card images in the output folder`);
      },
    },
  };
}

/**
 * The build's card workers (src/lib/outputs/card-pool.ts): started when the build starts,
 * ended once every page is generated. PRESS_CARD_WORKERS sets how many (0: the cards are drawn
 * in the build's own thread, as in the dev server); by default one less than the cores, at least one.
 */
import type { AstroIntegration } from 'astro';
// sharp loaded by this thread first: its libraries then stay loaded when a worker ends.
import 'sharp';
import { CardPool, poolSize, setCardPool } from '../lib/outputs/card-pool.ts';

export function cardWorkers(size = poolSize()): AstroIntegration {
  let pool: CardPool | undefined;
  return {
    name: 'press-card-workers',
    hooks: {
      'astro:build:start': () => {
        if (!size) return;
        pool = new CardPool(new URL('../lib/outputs/card-worker.ts', import.meta.url), size);
        setCardPool(pool);
      },
      'astro:build:generated': async ({ logger }) => {
        setCardPool(undefined);
        if (!pool) return;
        await pool.close();
        const { workers, here } = pool.drawn;
        if (workers + here) logger.info(`cards drawn: ${workers} by ${size === 1 ? 'the worker' : `${size} workers`}, ${here} in the build's thread`);
      },
    },
  };
}

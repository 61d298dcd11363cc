/**
 * A card-drawing worker (src/lib/outputs/card-pool.ts): draws each card of a batch with the same
 * code as the build's thread and puts it into the card cache, then answers with the batch's id
 * and, per card, null or what went wrong.
 */
import { parentPort } from 'node:worker_threads';
import { drawCard, storeCard, type Card } from './og-card.ts';

interface Batch { id: number; cards: { card: Card; dir: string; name: string }[] }

parentPort!.on('message', async ({ id, cards }: Batch) => {
  const errors = await Promise.all(cards.map(async ({ card, dir, name }) => {
    try {
      await storeCard(dir, name, await drawCard(card));
      return null;
    } catch (e) {
      return e instanceof Error ? e.stack ?? e.message : String(e);
    }
  }));
  parentPort!.postMessage({ id, errors });
});

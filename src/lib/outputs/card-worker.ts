/**
 * A card-drawing worker (src/lib/outputs/card-pool.ts): draws each card it is sent with the
 * same code as the build's thread and puts it into the card cache, answering with the card's id.
 */
import { parentPort } from 'node:worker_threads';
import { drawCard, storeCard, type Card } from './og-card.ts';

parentPort!.on('message', async ({ id, card, dir, name }: { id: number; card: Card; dir: string; name: string }) => {
  try {
    await storeCard(dir, name, await drawCard(card));
    parentPort!.postMessage({ id });
  } catch (e) {
    parentPort!.postMessage({ id, error: e instanceof Error ? e.stack ?? e.message : String(e) });
  }
});

/**
 * The page's side of the search worker (search-worker.ts): each ask is a
 * message, each answer a promise. The worker (a small script) starts with the
 * page; Pagefind's files load in it only on the first ask, or at once on a
 * search link (src/lib/search/worker-start.ts).
 */
import type { Answers, Ask, Message, Reply } from './search-protocol.ts';

export type Ask1<K extends Ask['kind']> = Omit<Extract<Ask, { kind: K }>, 'kind'>;

export function searchWorker(url: string): <K extends Ask['kind']>(kind: K, ask: Ask1<K>) => Promise<Answers[K]> {
  let next = 0;
  const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  const start = () => {
    // Started by the page's first script (src/lib/search/worker-start.ts), or here if that one failed.
    const scope = globalThis as { pressSearchWorker?: Worker };
    const w = scope.pressSearchWorker ?? new Worker(url, { type: 'module' });
    // From now on its failures are this script's to report.
    scope.pressSearchWorker = undefined;
    w.addEventListener('message', (event: MessageEvent<Reply>) => {
      const { id, result, error } = event.data;
      const asked = waiting.get(id);
      waiting.delete(id);
      if (error !== undefined) asked?.reject(new Error(error)); else asked?.resolve(result);
    });
    w.addEventListener('error', (event) => {
      for (const asked of waiting.values()) asked.reject(new Error(event.message || 'search worker failed'));
      waiting.clear();
    });
    return w;
  };
  const worker = start();
  return (kind, ask) => new Promise((resolve, reject) => {
    const id = next++;
    waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
    worker.postMessage({ id, ask: { kind, ...ask } as Ask } satisfies Message);
  });
}

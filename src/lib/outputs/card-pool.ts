/**
 * Social cards drawn in worker threads while the build's own thread renders pages.
 *
 * Astro renders in one thread, and a card costs ≈ 2 ms of that thread's CPU an image (its rows
 * and their deflate) besides Pango's text (docs/benchmark.md). The card route's getStaticPaths(),
 * which runs before any page is rendered, hands every card not in the card cache to this pool
 * (`predraw`); the workers draw them into the cache from the end of that list while the build's
 * thread renders the pages. Once the pages are done, `drain` has that thread draw from the front
 * too until both meet (src/integrations/cards.ts); the dev server's route asks for one card at a
 * time (`png`). The bytes are those of `cardPng()`: the workers run the same code.
 *
 * The pool is made by the build's integration (src/integrations/cards.ts) and found here
 * through a global, since the pages run from Astro's bundle, another copy of this module.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { cachedNames, cardFile, cardPng, type Card } from './og-card.ts';

/**
 * Cards go to a worker in batches of a release's four images (one message each way: a message
 * cost ≈ 0.15 ms of this thread), two batches at a time, so Pango's text of the next overlaps the deflate.
 */
const BATCH = 4;
const BATCHES = 2;

interface Job { card: Card; dir: string; name: string; names: Set<string>; taken: boolean; done: Promise<void>; resolve: () => void; reject: (e: Error) => void }
interface Slot { worker: Worker; busy: Map<number, Job[]> }

/** Workers for a machine: one core is left to the build's own thread (on 2 cores, one worker). */
export function poolSize(cores = availableParallelism(), setting = process.env.PRESS_CARD_WORKERS): number {
  if (setting !== undefined && setting.trim() !== '') {
    const n = Number(setting);
    if (!Number.isInteger(n) || n < 0) throw new Error(`PRESS_CARD_WORKERS: "${setting}" is not a whole number of workers (0 draws the cards in the build's thread)`);
    return n;
  }
  return Math.max(1, Math.min(4, cores - 1));
}

export class CardPool {
  readonly #slots: Slot[];
  /** Cards to draw, in the order Astro asks for them; the workers take them from the end. */
  #queue: Job[] = [];
  /** Every card queued, by its file in the cache, until it is there. */
  readonly #jobs = new Map<string, Job>();
  #id = 0;
  /** Cards drawn by the workers and by this thread (for the build log). */
  readonly drawn = { workers: 0, here: 0 };
  #failed: Error | undefined;

  constructor(workerFile: URL, size: number) {
    this.#slots = Array.from({ length: size }, () => this.#start(workerFile));
  }

  #start(file: URL): Slot {
    // A small young generation: the worker's garbage (masks, rows, deflated bytes) is collected soon, so
    // the worker adds ≈ 20 MiB to the build's memory instead of ≈ 150 (2,000 releases: Astro's process 934 against 1,041 MiB).
    const slot: Slot = { worker: new Worker(file, { resourceLimits: { maxYoungGenerationSizeMb: 4 } }), busy: new Map() };
    slot.worker.unref();
    slot.worker.on('message', ({ id, errors }: { id: number; errors: (string | null)[] }) => {
      const jobs = slot.busy.get(id)!;
      slot.busy.delete(id);
      for (const [i, job] of jobs.entries()) {
        const error = errors[i];
        if (error === null) this.drawn.workers++;
        this.#settle(job, error === null ? undefined : new Error(`card ${job.name}: ${error}`));
      }
      this.#pump();
    });
    slot.worker.on('error', (e) => this.#fail(e));
    slot.worker.on('exit', (code) => { if (slot.busy.size || code !== 0) this.#fail(new Error(`a card worker stopped (exit code ${code})`)); });
    return slot;
  }

  #settle(job: Job, error?: Error): void {
    this.#jobs.delete(join(job.dir, job.name));
    if (error) job.reject(error);
    else {
      job.names.add(job.name);
      job.resolve();
    }
  }

  #fail(e: Error): void {
    this.#failed ??= e;
    for (const slot of this.#slots) {
      for (const job of [...slot.busy.values()].flat()) this.#settle(job, e);
      slot.busy.clear();
    }
    this.#queue = [];
  }

  #pump(): void {
    for (const slot of this.#slots) {
      while (slot.busy.size < BATCHES && this.#queue.length) {
        const jobs: Job[] = [];
        while (jobs.length < BATCH && this.#queue.length) {
          const job = this.#queue.pop()!;
          if (!job.taken) jobs.push(job);
        }
        if (!jobs.length) break;
        for (const job of jobs) job.taken = true;
        const id = this.#id++;
        slot.busy.set(id, jobs);
        slot.worker.postMessage({ id, cards: jobs.map(({ card, dir, name }) => ({ card, dir, name })) });
      }
      // A busy worker keeps the process alive; an idle one does not.
      if (slot.busy.size) slot.worker.ref(); else slot.worker.unref();
    }
  }

  /** Queues every card not yet in the cache folder `dir`, in the order the endpoints will ask for them. */
  async predraw(cards: Iterable<Card>, dir: string): Promise<void> {
    if (this.#failed) return;
    const names = await cachedNames(dir);
    for (const card of cards) {
      const name = cardFile(card);
      const file = join(dir, name);
      if (names.has(name) || this.#jobs.has(file)) continue;
      let resolve!: () => void;
      let reject!: (e: Error) => void;
      const done = new Promise<void>((res, rej) => { resolve = res; reject = rej; });
      // A card's failure is reported to the endpoint that asks for it.
      done.catch(() => {});
      const job = { card, dir, name, names, taken: false, done, resolve, reject };
      this.#jobs.set(file, job);
      this.#queue.push(job);
    }
    this.#pump();
  }

  /**
   * The card's PNG bytes (with `cardPng()`'s cache folder `dir`): read from the cache when a worker
   * has drawn it, waited for when one is drawing it, else drawn in this thread as `cardPng()` does.
   */
  async png(card: Card, dir: string): Promise<Buffer> {
    if (this.#failed) throw this.#failed;
    const job = this.#jobs.get(join(dir, cardFile(card)));
    if (job && !job.taken) {
      job.taken = true;
      try {
        const png = await cardPng(card, dir);
        this.drawn.here++;
        this.#settle(job);
        return png;
      } catch (e) {
        this.#settle(job, e as Error);
        throw e;
      }
    }
    if (job) await job.done;
    return cardPng(card, dir);
  }

  /**
   * Draws every queued card: this thread from the front of the list, the workers from its end,
   * until they meet (the build's thread is free once the pages are generated). Throws the first failure.
   */
  async drain(): Promise<void> {
    if (this.#failed) throw this.#failed;
    const jobs = [...this.#jobs.values()];
    for (const job of [...this.#queue]) if (!job.taken) await this.png(job.card, job.dir);
    await Promise.all(jobs.map((j) => j.done));
  }

  /** Waits for the cards the workers are drawing, then ends them (cards still queued are left: no endpoint asked for them). */
  async close(): Promise<void> {
    this.#queue = [];
    await Promise.allSettled(this.#slots.flatMap((s) => [...s.busy.values()].flat().map((j) => j.done)));
    await Promise.all(this.#slots.map((s) => { s.worker.removeAllListeners('exit'); return s.worker.terminate(); }));
  }
}

const KEY = Symbol.for('press.cardPool');
const slot = globalThis as { [KEY]?: CardPool };

/** The build's card pool, when it has one (not in the dev server or a test without one). */
export const cardPool = (): CardPool | undefined => slot[KEY];
export function setCardPool(pool: CardPool | undefined): void {
  slot[KEY] = pool;
}

/**
 * Social cards written beside Astro's outputs instead of through its routes.
 *
 * Astro's build spent ≈ 1.6 ms of its one thread on each card output whoever drew the card
 * (reading it back, its Response, a recursive mkdir, two writes): ≈ 60 s for the 40,000 card
 * images of 10,000 releases (docs/benchmark.md). In a build the card route lists its cards here
 * and returns no paths; once the pages are generated the build's integration (src/integrations/cards.ts)
 * has every card in the card cache and links each into the output folder. The dev server has
 * no collector and serves the route as before.
 */
import { copyFileSync, linkSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { cacheDir } from '../../config.ts';
import { cardFile, type Card } from './og-card.ts';

/** The card cache: one file per card, named by its inputs (og-card.ts). */
export const cardCache = join(cacheDir, 'og-cards');

/** A card and where it goes, relative to the output folder (`ru/2026/05/12/slug/og.png`). */
export interface CardOutput { card: Card; path: string }

const KEY = Symbol.for('press.cardOutputs');
const slot = globalThis as { [KEY]?: CardOutput[] };

/** The build's list of card outputs, when the build writes them itself (the pages run from Astro's bundle: a global). */
export const cardOutputs = (): CardOutput[] | undefined => slot[KEY];
export function collectCardOutputs(on: boolean): void {
  slot[KEY] = on ? [] : undefined;
}

/**
 * Adds a route's cards to the build's list (there is one when `cardOutputs()` gives one). One at a
 * time: `push(...list)` passes every card as an argument, past the stack at 100,000 releases (400,000 cards).
 */
export function addCardOutputs(list: readonly CardOutput[]): void {
  const outputs = slot[KEY];
  if (!outputs) throw new Error('card outputs added outside a build that collects them');
  for (const output of list) outputs.push(output);
}

/**
 * Where the last build put each card (path in the output folder → file in the card cache), with the
 * seal of the folder it left (src/integrations/kept-dist.ts). A build that keeps that folder trusts it
 * for the cards still there, as Astro trusts a page it left in place: two stats a card were ≈ 0.5 s of
 * a rebuild at 10,000 releases. Another seal (a build in between that did not write this file): none trusted.
 */
export const placedListFile = join(cacheDir, 'og-cards-placed.json');

/**
 * The placements `savePlaced` wrote, for the paths in `present`; none unless `trusted` holds for the seal
 * they were written with (kept-dist.ts's `matchesSeal` of the folder now).
 */
export function placedBefore(file: string, trusted: (seal: unknown) => boolean, present: ReadonlySet<string>): Map<string, string> {
  let saved: { seal: unknown; placed: Record<string, string> };
  try { saved = JSON.parse(readFileSync(file, 'utf8')) as typeof saved; } catch { return new Map(); }
  if (!trusted(saved.seal)) return new Map();
  return new Map(Object.entries(saved.placed).filter(([path]) => present.has(path)));
}

/** Writes this build's placements (`placeCards`' answer) with the seal of the folder it leaves. */
export function savePlaced(file: string, seal: unknown, placed: ReadonlyMap<string, string>): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ seal, placed: Object.fromEntries(placed) }));
}

/**
 * Puts each card, already in the cache folder `cache`, at its path in `outDir`: a hard link
 * (no second copy of the bytes; a copy where the two folders are on different file systems).
 * A path that already is that cache file is left alone: one `before` names (the last build's placements
 * still in the kept folder), or one whose file is the cache's. Returns the paths and the card file each holds.
 */
export function placeCards(outputs: readonly CardOutput[], cache: string, outDir: string, before: ReadonlyMap<string, string> = new Map()): Map<string, string> {
  const placed = new Map<string, string>();
  for (const { card, path } of outputs) {
    const name = cardFile(card);
    placed.set(path, name);
    if (before.get(path) === name) continue;
    const from = join(cache, name);
    const to = join(outDir, path);
    const there = statSync(to, { throwIfNoEntry: false });
    if (there) {
      const source = statSync(from);
      if (there.ino === source.ino && there.dev === source.dev) continue;
      rmSync(to, { force: true });
    }
    try {
      linkSync(from, to);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' && statSync(from, { throwIfNoEntry: false })) {
        mkdirSync(dirname(to), { recursive: true });
        linkSync(from, to);
      } else if (code === 'EXDEV' || code === 'EPERM' || code === 'EMLINK') copyFileSync(from, to);
      else throw e;
    }
  }
  return placed;
}

import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addCardOutputs, cardOutputs, collectCardOutputs, placeCards, placedBefore, savePlaced, type CardOutput } from '../../src/lib/outputs/card-outputs.ts';
import { matchesSeal, sealOf, type Seal } from '../../src/integrations/kept-dist.ts';
import { cardFile, type Card } from '../../src/lib/outputs/og-card.ts';

const card: Card = { title: 'Консультации в Вене', agency: 'МИД', date: '12 мая 2026', siteName: 'Пресс-центр', dir: 'ltr' };
const output: CardOutput = { card, path: 'ru/2026/05/12/vienna/og.png' };

function folders() {
  const cache = mkdtempSync(join(tmpdir(), 'card-cache-'));
  const out = mkdtempSync(join(tmpdir(), 'card-out-'));
  writeFileSync(join(cache, cardFile(card)), 'png bytes');
  return { cache, out, cached: statSync(join(cache, cardFile(card))) };
}

describe('card images put into the output folder', () => {
  it('are links to the card cache, made with the folders they need', () => {
    const { cache, out, cached } = folders();
    expect(placeCards([output], cache, out)).toEqual(new Map([[output.path, cardFile(card)]]));
    const placed = statSync(join(out, output.path));
    expect(placed.ino).toBe(cached.ino);
    expect(readFileSync(join(out, output.path), 'utf8')).toBe('png bytes');
  });

  it('replace a file of the last build that is another card, and leave the one that is this card', () => {
    const { cache, out } = folders();
    placeCards([output], cache, out);
    const before = statSync(join(out, output.path));
    placeCards([output], cache, out);
    expect(statSync(join(out, output.path)).ctimeMs).toBe(before.ctimeMs);
    // The release's title changed: the old card in the output folder is not the cache's file any more.
    const other = { ...card, title: 'Исправленный заголовок' };
    writeFileSync(join(cache, cardFile(other)), 'new png');
    placeCards([{ card: other, path: output.path }], cache, out);
    expect(readFileSync(join(out, output.path), 'utf8')).toBe('new png');
    expect(statSync(join(out, output.path)).ino).toBe(statSync(join(cache, cardFile(other))).ino);
    expect(readFileSync(join(cache, cardFile(card)), 'utf8')).toBe('png bytes');
  });

  it('leave a card the last build placed there as it is, without looking at it, and place the others', () => {
    const { cache, out } = folders();
    const second: CardOutput = { card: { ...card, title: 'Второй' }, path: 'ru/2026/05/13/second/og.png' };
    writeFileSync(join(cache, cardFile(second.card)), 'second png');
    // The kept folder holds the first card (named by the last build's placements); nothing is linked for it.
    writeFileSync(join(out, 'kept.png'), 'kept');
    const first = { ...output, path: 'kept.png' };
    const placed = placeCards([first, second], cache, out, new Map([['kept.png', cardFile(card)], [second.path, 'another-card.png']]));
    expect(readFileSync(join(out, 'kept.png'), 'utf8')).toBe('kept');
    expect(readFileSync(join(out, second.path), 'utf8')).toBe('second png');
    expect(placed).toEqual(new Map([['kept.png', cardFile(card)], [second.path, cardFile(second.card)]]));
  });

  it('are remembered for the next build of the folder they went to, and only for it', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'card-placed-')), 'cache', 'placed.json');
    // A kept output folder, its seal as kept-dist.ts takes it (its _headers file), and the trust it gives.
    const site = mkdtempSync(join(tmpdir(), 'card-site-'));
    writeFileSync(join(site, '_headers'), '/*\n');
    const seal = sealOf(site);
    const trusted = (saved: unknown) => matchesSeal(site, saved as Seal);
    const present = new Set([output.path]);
    expect(placedBefore(file, trusted, present)).toEqual(new Map());
    savePlaced(file, seal, new Map([[output.path, cardFile(card)], ['ru/gone/og.png', 'x.png']]));
    // Only the cards the kept folder still holds.
    expect(placedBefore(file, trusted, present)).toEqual(new Map([[output.path, cardFile(card)]]));
    // A build in between left another folder (another _headers): nothing of this list is trusted.
    writeFileSync(join(site, '_headers'), '/*\n  X-Frame-Options: DENY\n');
    expect(placedBefore(file, trusted, present)).toEqual(new Map());
  });

  it('refuse a card that is not in the cache', () => {
    const { cache, out } = folders();
    expect(() => placeCards([{ card: { ...card, title: 'never drawn' }, path: output.path }], cache, out)).toThrow(/ENOENT/);
  });
});

describe('the build\'s list of card outputs', () => {
  it('takes the 400,000 cards of a 100,000-release archive in one call', () => {
    collectCardOutputs(true);
    try {
      const many = Array.from({ length: 400_000 }, () => output);
      addCardOutputs(many);
      addCardOutputs([output]);
      expect(cardOutputs()!.length).toBe(400_001);
    } finally {
      collectCardOutputs(false);
    }
    expect(() => addCardOutputs([output])).toThrow(/outside a build/);
  });
});


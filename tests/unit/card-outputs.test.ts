import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addCardOutputs, cardOutputs, collectCardOutputs, placeCards, type CardOutput } from '../../src/lib/outputs/card-outputs.ts';
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
    expect(placeCards([output], cache, out)).toEqual([output.path]);
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


import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { cardPng, cardSvg, wrapText } from '../../src/lib/outputs/og-card.ts';

describe('wrapText', () => {
  it('wraps at word boundaries and marks cut text', () => {
    expect(wrapText('aaa bbb ccc', 7, 3)).toEqual(['aaa bbb', 'ccc']);
    expect(wrapText('aaa bbb ccc ddd', 3, 2)).toEqual(['aaa', 'bbb…']);
  });
});

describe('the generated card', () => {
  const card = { title: 'Вазорати корҳои хориҷӣ & <ҳамкорӣ>', agency: 'ВКХ', date: '7 октябри 2020', siteName: 'Маркази матбуот', dir: 'ltr' as const };
  it('escapes text in the SVG', () => {
    expect(cardSvg(card)).toContain('хориҷӣ &amp;</text>');
    expect(cardSvg(card)).toContain('>&lt;ҳамкорӣ&gt;</text>');
  });
  it('is a 1200x630 PNG, byte-identical across runs', async () => {
    const [a, b] = await Promise.all([cardPng(card), cardPng(card)]);
    expect(await sharp(a).metadata()).toMatchObject({ format: 'png', width: 1200, height: 630 });
    expect(a.equals(b)).toBe(true);
  });
  it('is drawn once and read back from the cache after that', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'og-cache-'));
    const drawn = await cardPng(card, dir);
    const [file] = readdirSync(dir);
    expect(file).toMatch(/^[0-9a-f]{64}\.png$/);
    // Whatever the cache holds is what comes back: proof it was not drawn again.
    writeFileSync(join(dir, file!), 'cached');
    expect((await cardPng(card, dir)).toString()).toBe('cached');
    expect(drawn.equals(await cardPng(card))).toBe(true);
    expect((await cardPng({ ...card, title: 'other' }, dir)).toString()).not.toBe('cached');
  });
});

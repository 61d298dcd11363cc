import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { cardBlocks, cardPng, fitBlock, OG_HEIGHT, OG_MARGIN, OG_WIDTH, type Card } from '../../src/lib/outputs/og-card.ts';
import { indexedPng } from '../../src/lib/outputs/png.ts';

const BAND_TOP = 590;

/** Columns (x) where the card differs from its background above the band. */
async function inkColumns(png: Buffer): Promise<{ min: number; max: number }> {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const bg = [data[0], data[1], data[2]];
  let min = OG_WIDTH;
  let max = -1;
  for (let y = 0; y < BAND_TOP; y++) {
    for (let x = 0; x < info.width; x++) {
      const i = (y * info.width + x) * 3;
      if (data[i] !== bg[0] || data[i + 1] !== bg[1] || data[i + 2] !== bg[2]) { min = Math.min(min, x); max = Math.max(max, x); }
    }
  }
  return { min, max };
}

// The card that was clipped at the right: a long agency name and a Tajik date.
const tajik: Card = {
  title: 'Вазорати корҳои хориҷии Ҷумҳурии Тоҷикистон дар бораи ҳамкориҳои минтақавӣ ва иқтисодӣ бо кишварҳои ИДМ ҶШЖҲҚ',
  agency: 'Агентии миллии иттилоотии Тоҷикистон «Ховар»',
  date: '07 Октябр 2020',
  siteName: 'Маркази матбуот',
  dir: 'ltr',
};

describe('indexedPng', () => {
  it('writes a palette PNG that decodes to the given colours', async () => {
    const pixels = Uint8Array.from([0, 1, 2, 1, 0, 2]);
    const png = await indexedPng(pixels, 3, 2, [[255, 0, 0], [0, 255, 0], [0, 0, 255]]);
    const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
    expect(info).toMatchObject({ width: 3, height: 2, channels: 3 });
    expect([...data]).toEqual([255, 0, 0, 0, 255, 0, 0, 0, 255, 0, 255, 0, 255, 0, 0, 0, 0, 255]);
  });
});

describe('the generated card', () => {
  const card: Card = { title: 'Вазорати корҳои хориҷӣ & <ҳамкорӣ>', agency: 'ВКХ', date: '7 октябри 2020', siteName: 'Маркази матбуот', dir: 'ltr' };

  it('is a 1200x630 PNG, byte-identical across runs, and small', async () => {
    const [a, b] = await Promise.all([cardPng(card), cardPng(card)]);
    expect(await sharp(a).metadata()).toMatchObject({ format: 'png', width: OG_WIDTH, height: OG_HEIGHT, isPalette: true });
    expect(a.equals(b)).toBe(true);
    expect(a.length).toBeLessThan(25_000);
  });

  it('keeps every line inside the margins, in Tajik and right-to-left', async () => {
    const ltr = await inkColumns(await cardPng(tajik));
    expect(ltr.min).toBeGreaterThanOrEqual(OG_MARGIN);
    expect(ltr.max).toBeLessThan(OG_WIDTH - OG_MARGIN);
    const rtl = await inkColumns(await cardPng({ ...tajik, title: 'وزارة الخارجية تعقد مشاورات سياسية مع الشركاء في رابطة الدول المستقلة', dir: 'rtl' }));
    expect(rtl.max).toBeLessThan(OG_WIDTH - OG_MARGIN);
    // Right-aligned: the text reaches close to the right margin.
    expect(rtl.max).toBeGreaterThan(OG_WIDTH - OG_MARGIN - 20);
  });

  it('shows the whole agency and date, and cuts a too long title with an ellipsis', async () => {
    const [, title, footer] = await Promise.all(cardBlocks(tajik).map(fitBlock));
    expect(footer!.text).toBe('Агентии миллии иттилоотии Тоҷикистон «Ховар» · 07 Октябр 2020');
    const long = await fitBlock({ ...cardBlocks(tajik)[1]!, text: `${tajik.title} ${tajik.title}` });
    expect(long.text.endsWith('…')).toBe(true);
    expect(long.height).toBeLessThanOrEqual(title!.height * 1.2);
  });

  it('escapes markup characters rather than reading them as Pango markup', async () => {
    const plain = await fitBlock({ ...cardBlocks(card)[1]!, text: 'a & <b>' });
    expect(plain.text).toBe('a & <b>');
    expect(plain.width).toBeGreaterThan(0);
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

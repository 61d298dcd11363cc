import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { CARD_SHAPES, cardBlocks, cardLayout, cardPng, fitBlock, OG_HEIGHT, OG_MARGIN, OG_WIDTH, PALETTE, type Card, type CardShape, type Layout } from '../../src/lib/outputs/og-card.ts';
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

/** The card painted one palette index a pixel, the plain way: background 0, the band 15, then each text mask. */
function paint({ width, height, bandTop, blocks }: Layout): Uint8Array {
  const px = new Uint8Array(width * height).fill(15, bandTop * width);
  for (const { m, top, left, shades } of blocks) {
    for (let y = 0; y < m.height && top + y < bandTop; y++) {
      for (let x = 0; x < m.width; x++) if (m.data[y * m.width + x]) px[(top + y) * width + left + x] = shades[m.data[y * m.width + x]!]!;
    }
  }
  return px;
}

describe('the card written row by row', () => {
  it('has the bytes of the same card painted a pixel at a time and packed, in every shape and direction', async () => {
    const rtl: Card = { ...tajik, title: 'وزارة الخارجية تعقد مشاورات سياسية مع الشركاء في رابطة الدول المستقلة', dir: 'rtl' };
    let oddPlaced = 0;
    for (const c of [tajik, rtl]) {
      for (const shape of [undefined, ...Object.keys(CARD_SHAPES)] as (CardShape | undefined)[]) {
        const layout = await cardLayout({ ...c, shape });
        oddPlaced += layout.blocks.filter((b) => b.left % 2 === 1).length;
        const reference = indexedPng(paint(layout), layout.width, layout.height, PALETTE);
        expect((await cardPng({ ...c, shape })).equals(reference), `${c.dir} ${shape ?? 'card'}`).toBe(true);
      }
    }
    // Some text starts at an odd column, so a byte holds the last background and the first text pixel.
    expect(oddPlaced).toBeGreaterThan(0);
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

/** Rows and columns where the image differs from its top-left pixel (the blue). */
async function ink(png: Buffer): Promise<{ top: number; bottom: number; left: number; right: number; bandTop: number }> {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const px = (x: number, y: number) => data.readUIntBE((y * info.width + x) * 3, 3);
  const blue = px(0, 0);
  let bandTop = info.height;
  while (px(0, bandTop - 1) !== blue) bandTop--;
  const box = { top: info.height, bottom: -1, left: info.width, right: -1, bandTop };
  for (let y = 0; y < bandTop; y++) {
    for (let x = 0; x < info.width; x++) {
      if (px(x, y) === blue) continue;
      box.top = Math.min(box.top, y); box.bottom = Math.max(box.bottom, y);
      box.left = Math.min(box.left, x); box.right = Math.max(box.right, x);
    }
  }
  return box;
}

describe('the card in the shapes of article structured data', () => {
  it.each(Object.entries(CARD_SHAPES))('%s is a small palette PNG of its ratio, over 50,000 pixels, text inside the margins and centred', async (shape, [w, h]) => {
    const png = await cardPng({ ...tajik, shape: shape as CardShape });
    expect(await sharp(png).metadata()).toMatchObject({ format: 'png', width: w, height: h, isPalette: true });
    expect(w * h).toBeGreaterThanOrEqual(50_000);
    expect(png.length).toBeLessThan(12_000);
    const box = await ink(png);
    expect(box.left).toBeGreaterThanOrEqual(OG_MARGIN / 2);
    expect(box.right).toBeLessThan(w - OG_MARGIN / 2);
    // The band keeps the card's proportion (40 of 630 px, halved); the text sits in the middle of the blue.
    expect(box.bandTop).toBe(h - 20);
    expect(Math.abs(box.top - (box.bandTop - box.bottom))).toBeLessThan(40);
    expect(png.equals(await cardPng({ ...tajik, shape: shape as CardShape }))).toBe(true);
  });

  it('right-to-left text keeps to the right margin', async () => {
    const box = await ink(await cardPng({ ...tajik, title: 'وزارة الخارجية تعقد مشاورات سياسية', dir: 'rtl', shape: 'square' }));
    expect(box.right).toBeLessThan(600 - OG_MARGIN / 2);
    expect(box.right).toBeGreaterThan(600 - OG_MARGIN / 2 - 12);
  });

  it('each shape is cached apart from the card', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'og-cache-'));
    await cardPng(tajik, dir);
    for (const shape of Object.keys(CARD_SHAPES) as CardShape[]) await cardPng({ ...tajik, shape }, dir);
    expect(readdirSync(dir)).toHaveLength(4);
  });
});

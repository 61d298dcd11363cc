/**
 * The generated Open Graph card (1200x630) for a release without a hero image:
 * site name, title and agency · date on the site's blue, a yellow band below.
 *
 * Why it is drawn this way (figures in docs/benchmark.md): an SVG rasterised by
 * librsvg cost ~11 ms of CPU and ~60 KB per card, most of it filling and encoding
 * 756,000 RGB pixels. Here Pango (through sharp's text input) draws only the text,
 * as a grey mask wrapped at the real pixel width of the glyphs, so no line can run
 * past the edge whatever the language; the card is then a 16-colour palette image
 * (15 shades from the blue to white, the band's yellow) written as a 4-bit PNG
 * row by row from the masks: a release's card and three shapes about 10 ms of CPU
 * in all and 5–10 KB each (the shapes) or 10–20 KB (the card).
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import sharp from 'sharp';
import { palettePng, type Rgb } from './png.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
/** Left and right margin; text never comes closer to an edge. */
export const OG_MARGIN = 80;
const TEXT_WIDTH = OG_WIDTH - 2 * OG_MARGIN;
const BAND_TOP = 590;
const BLUE: Rgb = [0x0b, 0x3d, 0x66];
const WHITE: Rgb = [0xff, 0xff, 0xff];
const YELLOW: Rgb = [0xf2, 0xb7, 0x05];
/** Palette: index 0–14 blend the blue into white (text anti-aliasing), 15 is the band. */
const SHADES = 15;
const BAND = 15;
export const PALETTE: Rgb[] = [
  ...Array.from({ length: SHADES }, (_, i) => BLUE.map((b, k) => Math.round(b + ((WHITE[k]! - b) * i) / (SHADES - 1))) as Rgb),
  YELLOW,
];
/** Bump when the drawing changes, so cached cards are drawn again. */
const VERSION = 'pango-palette-2';

export interface Card {
  title: string;
  agency: string;
  date: string;
  siteName: string;
  dir: 'ltr' | 'rtl';
  /** One of the smaller images for structured data (CARD_SHAPES); the 1200x630 card without. */
  shape?: CardShape;
}

/**
 * The card in the ratios Google asks for in article structured data (16:9, 4:3, 1:1; at
 * least 50,000 pixels): the same text at half size, 600 px wide, centred on more blue.
 * Halving the drawn text, not drawing it again, keeps each to a fraction of a card's cost.
 */
export const CARD_SHAPES = { wide: [600, 338], standard: [600, 450], square: [600, 600] } as const;
export type CardShape = keyof typeof CARD_SHAPES;

/**
 * One block of text: font (Pango description), top edge, the most lines it may take,
 * brightness 0–1; `shared` when many cards show the same text (drawn once per build).
 */
interface Block { text: string; font: string; top: number; maxLines: number; gain: number; shared?: boolean }

export function cardBlocks(c: Card): Block[] {
  return [
    { text: c.siteName, font: 'DejaVu Sans 34', top: 72, maxLines: 1, gain: 0.8, shared: true },
    { text: c.title, font: 'DejaVu Sans Bold 56', top: 170, maxLines: 4, gain: 1 },
    { text: `${c.agency} · ${c.date}`, font: 'DejaVu Sans 30', top: 494, maxLines: 2, gain: 1 },
  ];
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

interface Mask { data: Buffer; width: number; height: number }

/** Text drawn by Pango as a one-channel mask, wrapped at TEXT_WIDTH pixels. */
async function draw(text: string, font: string): Promise<Mask> {
  const { data, info } = await sharp({ text: { text: esc(text), font, width: TEXT_WIDTH, wrap: 'word-char', dpi: 72 } })
    .extractChannel(0).raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

const lineHeights = new Map<string, Promise<number>>();
/** Height of one line in `font` (a two-line sample less a one-line one). */
function lineHeight(font: string): Promise<number> {
  let h = lineHeights.get(font);
  if (!h) {
    h = Promise.all([draw('Ag', font), draw('Ag\nAg', font)]).then(([one, two]) => two.height - one.height);
    lineHeights.set(font, h);
  }
  return h;
}

/** The block's mask, cut word by word with an ellipsis when it needs more than `maxLines` lines. */
export async function fitBlock(b: Block): Promise<Mask & { text: string }> {
  const line = await lineHeight(b.font);
  const limit = (b.maxLines + 0.5) * line;
  const whole = await draw(b.text, b.font);
  if (whole.height <= limit) return { ...whole, text: b.text };
  const words = b.text.split(/\s+/).filter(Boolean);
  const cut = async (n: number) => {
    const text = `${words.slice(0, n).join(' ')}…`;
    return { ...(await draw(text, b.font)), text };
  };
  // Most words that still fit with the ellipsis. Lines fill about evenly, so the first guess is the
  // share of the words the allowed lines hold, then a word more or less at a time: two or three
  // draws, against four or five for a binary search (a draw of a title costs ≈ 4 ms: docs/benchmark.md).
  const lines = Math.max(b.maxLines + 1, Math.round(whole.height / line));
  let n = Math.max(1, Math.min(words.length - 1, Math.floor((words.length * b.maxLines) / lines)));
  let best = await cut(n);
  if (best.height <= limit) {
    while (n + 1 < words.length) {
      const more = await cut(n + 1);
      if (more.height > limit) break;
      best = more;
      n++;
    }
    return best;
  }
  while (n > 1) {
    best = await cut(--n);
    if (best.height <= limit) return best;
  }
  // Not even the first word fits: it is shown cut, as before.
  return best;
}

/** Text of the last few cards: a release's card and its three shapes are drawn one after another and share it. */
const recent = new Map<string, Promise<{ b: Block; m: Mask }[]>>();
const RECENT = 16;
function cardMasks(c: Card): Promise<{ b: Block; m: Mask }[]> {
  const key = JSON.stringify([c.title, c.agency, c.date, c.siteName]);
  let masks = recent.get(key);
  if (!masks) {
    masks = Promise.all(cardBlocks(c).map(async (b) => ({ b, m: await (b.shared ? sharedBlock(b) : fitBlock(b)) })));
    recent.set(key, masks);
    if (recent.size > RECENT) recent.delete(recent.keys().next().value!);
  }
  return masks;
}

const halves = new WeakMap<Mask, Mask>();
/** The mask at half size, each pixel the mean of four; computed once for a card's three shapes. */
function half(m: Mask): Mask {
  let h = halves.get(m);
  if (!h) halves.set(m, (h = shrink(m)));
  return h;
}

function shrink(m: Mask): Mask {
  const width = m.width >> 1;
  const height = m.height >> 1;
  const data = Buffer.alloc(width * height);
  for (let y = 0; y < height; y++) {
    const a = 2 * y * m.width;
    const b = a + m.width;
    for (let x = 0; x < width; x++) {
      const i = 2 * x;
      data[y * width + x] = (m.data[a + i]! + m.data[a + i + 1]! + m.data[b + i]! + m.data[b + i + 1]! + 2) >> 2;
    }
  }
  return { data, width, height };
}

const shared = new Map<string, Promise<Mask>>();
function sharedBlock(b: Block): Promise<Mask> {
  const key = JSON.stringify([b.text, b.font, b.maxLines]);
  let m = shared.get(key);
  if (!m) shared.set(key, (m = fitBlock(b)));
  return m;
}

/** Width and height of the card or of its `shape`. */
export const cardSize = (c: Pick<Card, 'shape'>): readonly [number, number] => (c.shape ? CARD_SHAPES[c.shape] : [OG_WIDTH, OG_HEIGHT]);

/** A mask placed on the card: its top-left corner and the palette index of each mask value. */
export interface Placed { m: Mask; top: number; left: number; shades: Uint8Array }
/** Where everything goes on the card or its `shape`; the band covers the rows from `bandTop`. */
export interface Layout { width: number; height: number; bandTop: number; blocks: Placed[] }

/** The shade of each mask value at brightness `gain` (mask 0 leaves the background). */
const shadeTables = new Map<number, Uint8Array>();
function shades(gain: number): Uint8Array {
  let t = shadeTables.get(gain);
  if (!t) {
    const scale = (gain * (SHADES - 1)) / 255;
    shadeTables.set(gain, (t = Uint8Array.from({ length: 256 }, (_, a) => Math.round(a * scale))));
  }
  return t;
}

export async function cardLayout(c: Card): Promise<Layout> {
  const [width, height] = cardSize(c);
  // A shape halves the card's layout and centres it vertically, the band at its foot.
  const k = c.shape ? 2 : 1;
  const bandTop = height - (OG_HEIGHT - BAND_TOP) / k;
  const shift = (bandTop - BAND_TOP / k) >> 1;
  const blocks = (await cardMasks(c)).map(({ b, m: drawn }) => {
    const m = k === 1 ? drawn : half(drawn);
    // Pango lays right-to-left text out from the right edge of its box; place the box likewise.
    const left = c.dir === 'rtl' ? width - OG_MARGIN / k - m.width : OG_MARGIN / k;
    return { m, top: Math.round(b.top / k) + (k === 1 ? 0 : shift), left, shades: shades(b.gain) };
  });
  return { width, height, bandTop, blocks };
}

/**
 * One buffer per size, emptied and reused: a cold build writes tens of thousands of cards,
 * and a fresh 0.1–0.4 MB buffer each was work for the garbage collector. Safe because a
 * card's rows are written and deflated without a pause (cardRows, then palettePng).
 */
const buffers = new Map<number, Uint8Array>();
function scratch(size: number): Uint8Array {
  const b = buffers.get(size);
  if (b) return b.fill(0);
  const fresh = new Uint8Array(size);
  buffers.set(size, fresh);
  return fresh;
}

/**
 * The card's PNG rows as they are deflated (filter byte 0, two pixels a byte, high nibble
 * first): the background is all zero bytes, the band one fill, and only the text's pixels
 * are written one by one. Same bytes as packing a one-byte-a-pixel image (indexedPng) of
 * the same layout, without that image (docs/benchmark.md). The rows are valid until the next
 * card's: deflate them before drawing another.
 */
function cardRows({ width, height, bandTop, blocks }: Layout): Uint8Array {
  const stride = (width + 1 >> 1) + 1;
  const rows = scratch(stride * height);
  for (let y = bandTop; y < height; y++) {
    rows.fill((BAND << 4) | BAND, y * stride + 1, (y + 1) * stride);
    if (width & 1) rows[(y + 1) * stride - 1] = BAND << 4;
  }
  for (const { m, top, left, shades } of blocks) {
    for (let y = 0; y < m.height && top + y < bandTop; y++) {
      const row = (top + y) * stride + 1;
      const from = y * m.width;
      for (let x = 0; x < m.width; x++) {
        const a = m.data[from + x]!;
        if (!a) continue;
        const at = left + x;
        const i = row + (at >> 1);
        rows[i] = at & 1 ? (rows[i]! & 0xf0) | shades[a]! : (rows[i]! & 0x0f) | (shades[a]! << 4);
      }
    }
  }
  return rows;
}

/** Cache file name of a card: its inputs and the drawing version. */
export const cardKey = (c: Card): string =>
  createHash('sha256').update(JSON.stringify([VERSION, c.title, c.agency, c.date, c.siteName, c.dir, ...(c.shape ? [c.shape] : [])])).digest('hex');

/**
 * Names in the card cache, listed once per build: looking each card up by opening its file
 * cost a failed open (and its error) per card in a cold build, the most of the cache's time.
 * A card another build writes meanwhile is drawn again here, to the same bytes.
 */
const listed = new Map<string, Promise<Set<string>>>();
export function cachedNames(dir: string): Promise<Set<string>> {
  let names = listed.get(dir);
  if (!names) {
    names = mkdir(dir, { recursive: true }).then(() => readdir(dir)).then((n) => new Set(n));
    listed.set(dir, names);
  }
  return names;
}

/**
 * The card's file name in the cache, hashed once per card object: the card pool and the
 * placement both ask for each of the 40,000 cards of 10,000 releases (≈ 0.1 s each time). A card
 * is not changed once made (the route spreads a new one for each shape).
 */
const fileNames = new WeakMap<Card, string>();
export function cardFile(c: Card): string {
  let name = fileNames.get(c);
  if (name === undefined) fileNames.set(c, (name = `${cardKey(c)}.png`));
  return name;
}

/** The card drawn, as PNG bytes; same input, same bytes. */
export async function drawCard(c: Card): Promise<Buffer> {
  const layout = await cardLayout(c);
  return palettePng(cardRows(layout), layout.width, layout.height, PALETTE);
}

/** Puts a drawn card into the cache folder (made already), written then renamed so a parallel build never reads half a file. */
export async function storeCard(dir: string, name: string, png: Uint8Array): Promise<void> {
  const file = join(dir, name);
  const partial = `${file}.${process.pid}.${threadId}.tmp`;
  await writeFile(partial, png);
  await rename(partial, file);
}

/**
 * The card as PNG bytes; same input, same bytes. With `cacheDir`, a card drawn
 * before is read back instead of drawn again.
 */
export async function cardPng(c: Card, cacheDir?: string): Promise<Buffer> {
  const name = cardFile(c);
  const names = cacheDir ? await cachedNames(cacheDir) : undefined;
  if (cacheDir && names?.has(name)) {
    const cached = await readFile(join(cacheDir, name)).catch(() => undefined);
    if (cached) return cached;
  }
  const png = await drawCard(c);
  if (cacheDir && names) {
    await storeCard(cacheDir, name, png);
    names.add(name);
  }
  return png;
}

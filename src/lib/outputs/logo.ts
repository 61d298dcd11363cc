/** The publisher logo: an SVG (the organisation's emblem) rasterised to a square PNG. */
import sharp from 'sharp';

/** Where the logo is served and its size: Google asks for at least 112 px. */
export const PUBLISHER_LOGO = { path: '/logo.png', size: 512 };

/**
 * `svg` drawn sharp at `size` px on its longer side (the density is chosen from
 * the SVG's own size, so it is drawn at that size, not scaled up from a small
 * bitmap) and centred on a transparent square.
 */
export async function squarePng(svg: string, size: number): Promise<Buffer> {
  const input = Buffer.from(svg);
  const { width = size, height = size } = await sharp(input).metadata();
  const density = (72 * size) / Math.max(width, height);
  return sharp(input, { density })
    .resize(size, size, { fit: 'contain', background: { r: 0, g: 0, b: 0, alpha: 0 } })
    .png({ compressionLevel: 9 })
    .toBuffer();
}

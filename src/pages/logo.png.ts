/** /logo.png: the site icon as a 512 px square PNG, the publisher logo in structured data. */
import type { APIRoute } from 'astro';
import sharp from 'sharp';
import icon from '../../public/favicon.svg?raw';
import { PUBLISHER_LOGO } from '../lib/outputs/release-seo.ts';

export const GET: APIRoute = async () => {
  const png = await sharp(Buffer.from(icon), { density: 72 * PUBLISHER_LOGO.size / 32 })
    .resize(PUBLISHER_LOGO.size, PUBLISHER_LOGO.size).png({ compressionLevel: 9 }).toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};

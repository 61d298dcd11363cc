/**
 * /logo.png: the publisher logo in structured data. The organisation's emblem
 * (content/organisation.yml), or the site icon when it has none, drawn as a
 * transparent square PNG of PUBLISHER_LOGO.size px, the emblem centred and never
 * stretched (Google asks for at least 112 px, in PNG, JPEG or GIF).
 */
import type { APIRoute } from 'astro';
import icon from '../../public/favicon.svg?raw';
import { loadSite } from '../lib/content/releases.ts';
import { PUBLISHER_LOGO, squarePng } from '../lib/outputs/logo.ts';

export const GET: APIRoute = async () => {
  const { organisation } = await loadSite();
  const png = await squarePng(organisation.emblemSvg ?? icon, PUBLISHER_LOGO.size);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};

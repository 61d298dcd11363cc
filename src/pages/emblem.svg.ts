/** The organisation's emblem (content/organisation.yml `emblem`), served as /emblem.svg for the header's <img>. */
import type { APIRoute } from 'astro';
import { loadSite } from '../lib/content/releases.ts';

export const GET: APIRoute = async () => {
  const { organisation } = await loadSite();
  // Without an emblem the file is an empty SVG; the header then shows none (Header.astro checks).
  return new Response(organisation.emblemSvg ?? '<svg xmlns="http://www.w3.org/2000/svg"/>', {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
};

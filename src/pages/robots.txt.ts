/** robots.txt, pointing crawlers to the sitemap index, which lists the news sitemap too (base path honoured). */
import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/outputs/sitemap.ts';
import { absolute } from '../lib/content/urls.ts';

export const GET: APIRoute = () =>
  new Response(robotsTxt([absolute('/sitemap-index.xml')]), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });

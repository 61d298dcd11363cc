/** Google News sitemap: releases of the last two days before the build time (else the newest, without news tags). */
import type { APIRoute } from 'astro';
import { buildTime } from '../config.ts';
import { loadSite } from '../lib/content/releases.ts';
import { organisationName } from '../lib/content/organisation.ts';
import { newsReleases, newsSitemap } from '../lib/outputs/sitemap.ts';
import { absolute } from '../lib/content/urls.ts';

export const GET: APIRoute = async () => {
  const { all, organisation } = await loadSite();
  // `all` is published releases, newest first.
  const xml = newsSitemap(newsReleases(all, buildTime), (r) => absolute(r.path), (r) => organisationName(organisation, r.lang),
    absolute(all[0]?.path ?? '/'));
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};

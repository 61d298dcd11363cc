/** <release path>og.png: the generated social card of a release that has no hero image. */
import { join } from 'node:path';
import type { APIRoute } from 'astro';
import { cacheDir } from '../../../../../../config.ts';
import { findLocale } from '../../../../../../i18n/locales.ts';
import { formatDate } from '../../../../../../i18n/format.ts';
import { translator } from '../../../../../../i18n/t.ts';
import { cacheKey } from '../../../../../../lib/content/cache-key.ts';
import { cardPng } from '../../../../../../lib/outputs/og-card.ts';
import { agencyName, loadSite, type Release } from '../../../../../../lib/content/releases.ts';

export async function getStaticPaths() {
  const { all, stamp } = await loadSite();
  return all.filter((r) => !r.data.image).map((release) => {
    const [, year, month, day, slug] = release.path.split('/').filter(Boolean);
    return { params: { lang: release.lang, year, month, day, slug }, props: { release }, cacheKey: cacheKey(stamp, release) };
  });
}

export const GET: APIRoute = async ({ props }) => {
  const { release } = props as { release: Release };
  const site = await loadSite();
  const png = await cardPng({
    title: release.data.title,
    agency: agencyName(site.agencies.get(release.data.agency.id)!, release.lang),
    date: formatDate(release.data.date, release.zone, release.lang),
    siteName: translator(release.lang)('site.name'),
    dir: findLocale(release.lang)!.dir,
  }, join(cacheDir, 'og-cards'));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};

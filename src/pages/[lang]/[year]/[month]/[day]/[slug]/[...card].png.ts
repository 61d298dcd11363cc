/**
 * <release path>og.png: the generated social card of a release that has no hero image,
 * and card-16x9.png, card-4x3.png, card-1x1.png: the same card in the ratios of article
 * structured data (unless PRESS_CARD_SHAPES=off). A release's cards are listed together, so its text is drawn once.
 * A rest parameter (`[...card].png`, not `[card].png`) only for the order Astro generates routes in: a route
 * ending in one comes after the release pages, which gives the card worker their time too (card-pool.ts).
 * The `.png` keeps the address without a trailing slash in the dev server.
 */
import { join } from 'node:path';
import type { APIRoute } from 'astro';
import { cacheDir } from '../../../../../../config.ts';
import { findLocale } from '../../../../../../i18n/locales.ts';
import { formatDate } from '../../../../../../i18n/format.ts';
import { cacheKey } from '../../../../../../lib/content/cache-key.ts';
import { organisationName } from '../../../../../../lib/content/organisation.ts';
import { cardPool } from '../../../../../../lib/outputs/card-pool.ts';
import { cardPng, type Card, type CardShape } from '../../../../../../lib/outputs/og-card.ts';
import { cardFiles } from '../../../../../../lib/outputs/release-seo.ts';
import { agencyName, loadSite, type Release, type Site } from '../../../../../../lib/content/releases.ts';

const cards = join(cacheDir, 'og-cards');

function card(release: Release, site: Site, shape?: CardShape): Card {
  return {
    title: release.data.title,
    agency: agencyName(site.agencies.get(release.data.agency.id)!, release.lang),
    date: formatDate(release.data.date, release.zone, release.lang),
    siteName: organisationName(site.organisation, release.lang),
    dir: findLocale(release.lang)!.dir,
    shape,
  };
}

export async function getStaticPaths() {
  const site = await loadSite();
  const paths = site.all.filter((r) => !r.data.image).flatMap((release) => {
    const [, year, month, day, slug] = release.path.split('/').filter(Boolean);
    return cardFiles().map(([shape, file]) => ({
      params: { lang: release.lang, year, month, day, slug, card: file.replace(/\.png$/, '') },
      props: { release, shape: shape === 'og' ? undefined : shape as CardShape },
      cacheKey: cacheKey(site.stamp, release, shape),
    }));
  });
  // In a build the card workers start drawing now, while the pages render (src/lib/outputs/card-pool.ts).
  await cardPool()?.predraw(paths.map(({ props }) => card(props.release, site, props.shape)), cards);
  return paths;
}

export const GET: APIRoute = async ({ props }) => {
  const { release, shape } = props as { release: Release; shape?: CardShape };
  const c = card(release, await loadSite(), shape);
  const pool = cardPool();
  const png = pool ? await pool.png(c, cards) : await cardPng(c, cards);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};

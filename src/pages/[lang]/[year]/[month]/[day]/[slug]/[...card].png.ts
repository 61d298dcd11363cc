/**
 * <release path>og.png: the generated social card of a release that has no hero image,
 * and card-16x9.png, card-4x3.png, card-1x1.png: the same card in the ratios of article
 * structured data (unless PRESS_CARD_SHAPES=off). A release's cards are listed together, so its text is drawn once.
 * The dev server serves them from this route; a build lists them for the build to draw and link into the
 * output folder itself (src/lib/outputs/card-outputs.ts), not as Astro outputs.
 * The `.png` keeps the address without a trailing slash in the dev server.
 */
import type { APIRoute } from 'astro';
import { findLocale } from '../../../../../../i18n/locales.ts';
import { formatDate } from '../../../../../../i18n/format.ts';
import { organisationName } from '../../../../../../lib/content/organisation.ts';
import { cardPool } from '../../../../../../lib/outputs/card-pool.ts';
import { addCardOutputs, cardCache, cardOutputs } from '../../../../../../lib/outputs/card-outputs.ts';
import { cardPng, type Card, type CardShape } from '../../../../../../lib/outputs/og-card.ts';
import { cardFiles } from '../../../../../../lib/outputs/release-seo.ts';
import { agencyName, loadSite, type Release, type Site } from '../../../../../../lib/content/releases.ts';

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
  const releases = site.all.filter((r) => !r.data.image);
  const shapes = cardFiles().map(([shape, file]) => ({ shape: shape === 'og' ? undefined : shape as CardShape, file }));
  // In a build the cards are the build's to write (src/lib/outputs/card-outputs.ts): listed, not routed.
  if (!cardOutputs()) {
    return releases.flatMap((release) => {
      const [, year, month, day, slug] = release.path.split('/').filter(Boolean);
      return shapes.map(({ shape, file }) => ({
        params: { lang: release.lang, year, month, day, slug, card: file.replace(/\.png$/, '') },
        props: { release, shape },
      }));
    });
  }
  // A release's shapes share its text: its date and names are formatted once, not once per shape.
  const listed = releases.flatMap((release) => {
    const text = card(release, site);
    return shapes.map(({ shape, file }) => ({ card: { ...text, shape }, path: `${release.path.slice(1)}${file}` }));
  });
  addCardOutputs(listed);
  // The card workers start drawing now, while the pages render (src/lib/outputs/card-pool.ts).
  await cardPool()?.predraw(listed.map((o) => o.card), cardCache);
  return [];
}

export const GET: APIRoute = async ({ props }) => {
  const { release, shape } = props as { release: Release; shape?: CardShape };
  const c = card(release, await loadSite(), shape);
  const pool = cardPool();
  const png = pool ? await pool.png(c, cardCache) : await cardPng(c, cardCache);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};

/**
 * Social image and JSON-LD for a release page, from loadSite() data. Kept out
 * of the page so the page stays a layout.
 */
import { getImage } from 'astro:assets';
import type { ImageMetadata } from 'astro';
import { cardShapes, siteUrl } from '../../config.ts';
import { countryName } from '../../i18n/format.ts';
import { findLocale } from '../../i18n/locales.ts';
import { listPath } from '../site/group.ts';
import { releaseCrumbs } from '../site/crumbs.ts';
import { agencyName, type Release, type Site } from '../content/releases.ts';
import { organisationName } from '../content/organisation.ts';
import { breadcrumbList, collectionPage, cropSize, newsArticle, type Crop, type JsonLd } from './seo.ts';
import { absolute } from '../content/urls.ts';
import { PUBLISHER_LOGO } from './logo.ts';
import { CARD_FILES } from './card-files.ts';

/** The hero photo cropped to `crop` (a JPEG through sharp), or nothing for a release without one. */
export async function heroImage(r: Release, crop: Crop): Promise<{ url: string; width: number; height: number } | undefined> {
  const hero = r.data.image?.src as ImageMetadata | undefined;
  if (!hero) return undefined;
  const [width, height] = cropSize(crop, hero.width, hero.height);
  const img = await getImage({ src: hero, width, height, fit: 'cover', position: 'center', format: 'jpeg' });
  // getImage's src already carries the base path.
  return { url: new URL(img.src, siteUrl).href, width, height };
}


/** The generated images of a release without a photo: the card, and its three shapes unless PRESS_CARD_SHAPES=off. */
export const cardFiles = (shapes = cardShapes): [keyof typeof CARD_FILES, string][] =>
  Object.entries(CARD_FILES).filter(([shape]) => shapes || shape === 'og') as [keyof typeof CARD_FILES, string][];

/** Absolute URL of the release's 1200x630 Open Graph image: the cropped hero or the generated card. */
export async function releaseImage(r: Release): Promise<string> {
  return (await heroImage(r, 'og'))?.url ?? absolute(`${r.path}${CARD_FILES.og}`);
}

/** Text alternative of the social image: the photo's description, or the headline the generated card shows. */
export const releaseImageAlt = (r: Release): string => r.data.image?.alt ?? r.data.title;

/** Images for NewsArticle: the photo in 16:9, 4:3 and 1:1, or the generated card in the same three shapes (alone with PRESS_CARD_SHAPES=off). */
async function articleImages(r: Release): Promise<string[]> {
  const shapes = ['wide', 'standard', 'square'] as const;
  const crops = await Promise.all(shapes.map((c) => heroImage(r, c)));
  const urls = crops.flatMap((c) => (c ? [c.url] : []));
  if (urls.length) return urls;
  const cards = cardFiles().filter(([shape]) => shape !== 'og');
  return (cards.length ? cards : cardFiles()).map(([, file]) => absolute(`${r.path}${file}`));
}

/** NewsArticle and BreadcrumbList (home › agency › release) for a release page. */
export async function releaseJsonLd(r: Release, site: Site): Promise<JsonLd[]> {
  const agency = site.agencies.get(r.data.agency.id)!;
  const agencyUrl = absolute(listPath('agency', r.lang, agency.id));
  const name = agencyName(agency, r.lang);
  return [
    newsArticle({
      url: absolute(r.path),
      headline: r.data.title,
      description: r.data.summary,
      date: r.data.date,
      updated: r.data.updated,
      zone: r.zone,
      inLanguage: findLocale(r.lang)!.intl,
      images: await articleImages(r),
      agency: { name, url: agencyUrl },
      byline: r.data.byline,
      publisher: { name: organisationName(site.organisation, r.lang), url: absolute(`/${r.lang}/`), logo: absolute(PUBLISHER_LOGO.path) },
      countries: r.data.participants.countries.map((c) => countryName(c, r.lang)),
      dateline: r.data.dateline,
      source: r.data.source,
    }),
    // The same trail the page shows (components/Breadcrumbs.astro).
    breadcrumbList(releaseCrumbs(r, site).map((c) => ({ name: c.name, url: absolute(c.path) }))),
  ];
}


/** CollectionPage + ItemList of the releases shown on a list page (home, country, agency, topic…). */
export function listJsonLd(lang: string, path: string, name: string, releases: Release[]): JsonLd[] {
  return [collectionPage({
    url: absolute(path),
    name,
    inLanguage: findLocale(lang)!.intl,
    items: releases.map((r) => ({ name: r.data.title, url: absolute(r.path) })),
  })];
}

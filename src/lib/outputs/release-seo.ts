/**
 * Social image and JSON-LD for a release page, from loadSite() data. Kept out
 * of the page so the page stays a layout.
 */
import { getImage } from 'astro:assets';
import type { ImageMetadata } from 'astro';
import { siteUrl } from '../../config.ts';
import { countryName } from '../../i18n/format.ts';
import { findLocale } from '../../i18n/locales.ts';
import { translator } from '../../i18n/t.ts';
import { listPath } from '../site/group.ts';
import { agencyName, type Release, type Site } from '../content/releases.ts';
import { breadcrumbList, collectionPage, newsArticle, type JsonLd } from './seo.ts';
import { absolute } from '../content/urls.ts';

/**
 * Absolute URL of the release's 1200x630 Open Graph image: the hero image
 * cropped by sharp through astro:assets, or the generated card (og.png.ts).
 */
export async function releaseImage(r: Release): Promise<string> {
  const hero = r.data.image?.src as ImageMetadata | undefined;
  if (!hero) return absolute(`${r.path}og.png`);
  const img = await getImage({ src: hero, width: 1200, height: 630, fit: 'cover', position: 'center', format: 'jpeg' });
  // getImage's src already carries the base path.
  return new URL(img.src, siteUrl).href;
}

/** NewsArticle and BreadcrumbList (home › agency › release) for a release page. */
export function releaseJsonLd(r: Release, site: Site, image: string): JsonLd[] {
  const t = translator(r.lang);
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
      image,
      agency: { name, url: agencyUrl },
      countries: r.data.participants.countries.map((c) => countryName(c, r.lang)),
      source: r.data.source,
    }),
    breadcrumbList([
      { name: t('nav.home'), url: absolute(`/${r.lang}/`) },
      { name, url: agencyUrl },
      { name: r.data.title, url: absolute(r.path) },
    ]),
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

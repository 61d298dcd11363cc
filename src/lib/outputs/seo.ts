/**
 * Structured data (schema.org JSON-LD) and social tags, as pure functions of
 * plain values so they can be unit tested. SeoHead.astro prints the result.
 */
import { isoInZone } from '../content/dates.ts';

export type JsonLd = Record<string, unknown>;

export interface ArticleInput {
  /** Absolute canonical URL. */
  url: string;
  headline: string;
  description?: string;
  date: Date;
  updated?: Date;
  zone: string;
  /** BCP-47 language tag. */
  inLanguage: string;
  /** Absolute image URLs: the photo in 16:9, 4:3 and 1:1, or the generated card. */
  images: string[];
  /** The issuing agency: the article's author. */
  agency: { name: string; url: string };
  /** The person the agency credits with the text (frontmatter `byline`): an author beside the agency. */
  byline?: string;
  /** The press center itself: the publisher, with its logo (absolute URL). */
  publisher: { name: string; url: string; logo: string };
  /** Participant country names in the page's language: what the article is about. */
  countries: string[];
  /** The dateline city: where the news happened. */
  dateline?: string;
  /** Original source URL, if the release reproduces one. */
  source?: string;
}

/**
 * schema.org NewsArticle for a release page; dates carry the release's own
 * offset. The agency writes the release, the press center publishes it; the
 * place is the dateline's city, while the participant countries are its subject.
 * A credited writer is a second author, a Person (Google lists each author in an array).
 */
export function newsArticle(a: ArticleInput): JsonLd {
  const places = a.countries.map((name) => ({ '@type': 'Place', name }));
  const agency = { '@type': 'Organization', name: a.agency.name, url: a.agency.url };
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: a.url,
    url: a.url,
    headline: a.headline,
    ...(a.description && { description: a.description }),
    datePublished: isoInZone(a.date, a.zone),
    dateModified: isoInZone(a.updated ?? a.date, a.zone),
    inLanguage: a.inLanguage,
    ...(a.images.length > 0 && { image: a.images }),
    author: a.byline ? [{ '@type': 'Person', name: a.byline }, agency] : agency,
    publisher: {
      '@type': 'Organization',
      name: a.publisher.name,
      url: a.publisher.url,
      logo: { '@type': 'ImageObject', url: a.publisher.logo },
    },
    ...(places.length > 0 && { about: places }),
    ...(a.dateline && { contentLocation: { '@type': 'Place', name: a.dateline } }),
    ...(a.source && { isBasedOn: a.source }),
  };
}

/**
 * Crops of a release photo: Open Graph's 1200x630, and the 16:9, 4:3 and 1:1
 * Google asks for in article structured data, each as large as the photo
 * allows up to 1200 px wide (never enlarged). astro:assets writes each file once.
 */
export const CROPS = { og: 1200 / 630, wide: 16 / 9, standard: 4 / 3, square: 1 } as const;
export type Crop = keyof typeof CROPS;
const MAX_WIDTH = 1200;

/** Width and height of the `crop` of a `width` x `height` photo. */
export function cropSize(crop: Crop, width: number, height: number): [number, number] {
  if (crop === 'og') return [1200, 630];
  const ratio = CROPS[crop];
  const w = Math.min(MAX_WIDTH, width, Math.floor(height * ratio));
  return [w, Math.round(w / ratio)];
}

/** schema.org BreadcrumbList from (name, absolute URL) pairs, outermost first. */
export function breadcrumbList(items: { name: string; url: string }[]): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((it, i) => ({ '@type': 'ListItem', position: i + 1, name: it.name, item: it.url })),
  };
}

/** schema.org CollectionPage whose mainEntity is an ItemList of the listed pages (absolute URLs, in order). */
export function collectionPage(p: { url: string; name: string; inLanguage: string; items: { name: string; url: string }[] }): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'CollectionPage',
    url: p.url,
    name: p.name,
    inLanguage: p.inLanguage,
    mainEntity: {
      '@type': 'ItemList',
      numberOfItems: p.items.length,
      itemListElement: p.items.map((it, i) => ({ '@type': 'ListItem', position: i + 1, name: it.name, url: it.url })),
    },
  };
}

/** JSON for a <script type="application/ld+json">: "<" escaped so text can never close the script. */
export function ldScript(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/**
 * What each feed is (its list, addresses, title and what it carries) and
 * getStaticPaths() for the feeds of index lists (country, agency, topic) and
 * for their readable HTML pages. The endpoints and pages in src/pages only call this.
 */
import { languages } from '../../config.ts';
import { countryName } from '../../i18n/format.ts';
import { translator } from '../../i18n/t.ts';
import { cacheKey } from '../content/cache-key.ts';
import { organisationName } from '../content/organisation.ts';
import { agencyName, loadSite, topicName, type Release, type Site } from '../content/releases.ts';
import { absolute, feedPagePath, feedPath, langHome } from '../content/urls.ts';
import { alternatesOf, listPath, type Facet } from '../site/group.ts';
import { loadIndexes } from '../site/indexes.ts';
import { everyLanguage, type Alternate } from '../site/nav.ts';
import { feedReleases } from './feeds.ts';

/** A language's feed of every release, or the feed of one country, agency or topic list. */
export type FeedKind = 'home' | Exclude<Facet, 'year'>;

/** What a page needs to announce and link a feed. */
export interface FeedLink {
  /** Site path of the list the feed follows, e.g. "/ru/countries/tj/". */
  list: string;
  /** Site path of the feed, "/ru/countries/tj/rss.xml". */
  feed: string;
  /** Site path of the feed's readable page, "/ru/countries/tj/feed/". */
  page: string;
  /** The list's name ("Таджикистан"; the organisation's name for a language feed). */
  name: string;
  /** Channel title: "Таджикистан — Пресс-центр". */
  title: string;
}

/**
 * The feed of the list at `list` named `name`; without a name, the language's feed,
 * named after the organisation (content/organisation.yml).
 */
export function feedLink(site: Pick<Site, 'organisation'>, lang: string, list: string, name?: string): FeedLink {
  const siteName = organisationName(site.organisation, lang);
  return { list, name: name ?? siteName, feed: feedPath(list), page: feedPagePath(list), title: name ? `${name} — ${siteName}` : siteName };
}

export interface FeedInfo extends FeedLink {
  lang: string;
  kind: FeedKind;
  /** Absolute URL of the feed (its atom:link rel="self"). */
  url: string;
  /** What the feed carries, in its language: the channel description. */
  about: string;
}

/** The feed of the list `key` of `kind` in `lang` (no key for a language's feed). */
export function feedInfo(site: Site, lang: string, kind: FeedKind, key = ''): FeedInfo {
  const name = kind === 'home' ? undefined
    : kind === 'country' ? countryName(key.toUpperCase(), lang)
      : kind === 'agency' ? agencyName(site.agencies.get(key)!, lang)
        : topicName(site.topics.get(key)!, lang);
  const link = feedLink(site, lang, kind === 'home' ? langHome(lang) : listPath(kind, lang, key), name);
  return { ...link, lang, kind, url: absolute(link.feed), about: translator(lang)(`feed.about.${kind}`, { name: link.name }) };
}

/** getStaticPaths() for a list's feed: one entry per language and key that has releases there. */
export async function feedPaths(facet: Exclude<Facet, 'year'>, param: string) {
  const [{ groups }, { stamp }] = await Promise.all([loadIndexes(), loadSite()]);
  return [...groups[facet]].flatMap(([lang, byKey]) => [...byKey].map(([key, releases]) => ({
    params: { lang, [param]: facet === 'country' ? key.toLowerCase() : key },
    props: { key, releases },
    cacheKey: cacheKey(stamp, facet, key, feedReleases(releases)),
  })));
}

/** Props of a feed's readable page. */
export interface FeedPageProps {
  info: FeedInfo;
  /** Newest first, as many as the feed carries. */
  releases: Release[];
  /** The same feed page in the other languages where the list exists. */
  alternates: Alternate[];
}

/** getStaticPaths() for the readable pages of the language feeds ("/ru/feed/"). */
export async function homeFeedPagePaths() {
  const site = await loadSite();
  return languages.map((lang) => {
    const props: FeedPageProps = {
      info: feedInfo(site, lang, 'home'),
      releases: feedReleases(site.byLang.get(lang) ?? []),
      alternates: everyLanguage(languages, (l) => feedPagePath(langHome(l))),
    };
    return { params: { lang }, props, cacheKey: cacheKey(site.stamp, 'feed-page', props) };
  });
}

/** getStaticPaths() for the readable pages of a facet's list feeds ("/ru/countries/tj/feed/"). */
export async function feedPagePaths(facet: Exclude<Facet, 'year'>, param: string) {
  const [{ groups }, site] = await Promise.all([loadIndexes(), loadSite()]);
  return [...groups[facet]].flatMap(([lang, byKey]) => [...byKey].map(([key, releases]) => {
    const props: FeedPageProps = {
      info: feedInfo(site, lang, facet, key),
      releases: feedReleases(releases),
      alternates: alternatesOf(groups, facet, key, languages).map((a) => ({ lang: a.lang, path: feedPagePath(a.path) })),
    };
    return { params: { lang, [param]: facet === 'country' ? key.toLowerCase() : key }, props, cacheKey: cacheKey(site.stamp, 'feed-page', props) };
  }));
}

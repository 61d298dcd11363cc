/**
 * The release model, free of Astro so it can be unit tested: turn collection
 * entries into releases, decide what is published, and index them once.
 */
import { say } from '../../i18n/messages.ts';
import { localParts } from './dates.ts';
import { slugify } from './slug.ts';
import { releasePath } from './urls.ts';

export interface ReleaseData {
  title: string;
  summary?: string;
  date: Date;
  timezone?: string;
  updated?: Date;
  dateline?: string;
  byline?: string;
  agency: { id: string };
  participants: { countries: string[]; organisations: string[] };
  topics: { id: string }[];
  related: ({ release: string } | { title: string; url: string })[];
  source?: string;
  translationKey: string;
  slug?: string;
  image?: { src: unknown; alt: string; caption?: string; credit?: string };
  draft: boolean;
  embargo?: Date;
}

export interface EntryLike<D = ReleaseData> {
  id: string;
  filePath?: string;
  data: D;
}

export interface Release<E extends EntryLike = EntryLike> {
  id: string;
  file: string;
  lang: string;
  key: string;
  slug: string;
  zone: string;
  local: { year: number; month: number; day: number };
  path: string;
  data: ReleaseData;
  entry: E;
}

/** A problem found in content: printed as `file: field: message`. */
export interface Problem {
  file: string;
  field: string;
  message: string;
}

export class ContentError extends Error {
  problems: Problem[];
  constructor(problems: Problem[]) {
    super(`${say('content.problems', { count: problems.length })}\n${problems.map((p) => `  ${p.file}: ${p.field}: ${p.message}`).join('\n')}`);
    this.problems = problems;
    this.name = 'ContentError';
  }
}

/** Drafts never publish; an embargoed release publishes once `now` reaches its embargo. */
export function isPublished(data: Pick<ReleaseData, 'draft' | 'embargo'>, now: Date): boolean {
  return !data.draft && (!data.embargo || data.embargo.getTime() <= now.getTime());
}

/** Builds a release from an entry; `zoneOf(agencyId)` gives the agency's default zone. */
export function toRelease<E extends EntryLike>(entry: E, zoneOf: (agency: string) => string): Release<E> {
  const lang = entry.id.split('/')[0]!;
  const data = entry.data;
  const zone = data.timezone ?? zoneOf(data.agency.id);
  const slug = data.slug ?? slugify(data.title);
  const local = localParts(data.date, zone);
  const base = { lang, slug, local: { year: local.year, month: local.month, day: local.day } };
  return {
    id: entry.id, file: entry.filePath ?? entry.id, key: data.translationKey, zone, data, entry,
    ...base, path: releasePath(base),
  };
}

const localDay = (r: Release) => r.local.year * 10000 + r.local.month * 100 + r.local.day;

/**
 * Newest first by the date a reader sees (the calendar day in each release's own
 * zone), then by instant within a day, then by id so the order never depends on
 * file system order. Sorting by instant alone puts "8 December" in Tokyo above
 * "9 December" in Los Angeles, which reads as unsorted.
 */
export const byDateDesc = (a: Release, b: Release): number =>
  localDay(b) - localDay(a) || b.data.date.getTime() - a.data.date.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export interface ReleaseIndex<E extends EntryLike = EntryLike> {
  /** Published releases, newest first. */
  all: Release<E>[];
  /** Published releases of one language, newest first. */
  byLang: Map<string, Release<E>[]>;
  /** Translation key → language → release. */
  byKey: Map<string, Map<string, Release<E>>>;
}

/**
 * Indexes published releases and checks what only the whole set can tell:
 * two releases at one URL, two releases of one language sharing a translation
 * key, a language folder the site does not publish.
 */
export function indexReleases<E extends EntryLike>(releases: Release<E>[], languages: string[]): ReleaseIndex<E> {
  const problems: Problem[] = [];
  const all = [...releases].sort(byDateDesc);
  const byLang = new Map<string, Release<E>[]>(languages.map((l) => [l, []]));
  const byKey = new Map<string, Map<string, Release<E>>>();
  const paths = new Map<string, Release<E>>();
  for (const r of all) {
    const list = byLang.get(r.lang);
    if (!list) {
      problems.push({ file: r.file, field: 'language', message: say('site.language', { value: r.lang, list: languages.join(', ') }) });
      continue;
    }
    list.push(r);
    const twin = paths.get(r.path);
    if (twin) problems.push({ file: r.file, field: 'slug', message: say('site.sameAddress', { value: r.path, other: twin.file }) });
    paths.set(r.path, r);
    const versions = byKey.get(r.key) ?? new Map<string, Release<E>>();
    const other = versions.get(r.lang);
    if (other) problems.push({ file: r.file, field: 'translationKey', message: say('site.keyTwice', { value: r.key, other: other.file }) });
    versions.set(r.lang, r);
    byKey.set(r.key, versions);
  }
  if (problems.length) throw new ContentError(problems);
  return { all: all.filter((r) => byLang.has(r.lang)), byLang, byKey };
}

/** Other language versions of a release, in site language order. */
export function translationsOf<E extends EntryLike>(r: Release<E>, index: ReleaseIndex<E>, languages: string[]): Release<E>[] {
  const versions = index.byKey.get(r.key);
  return languages.filter((l) => l !== r.lang).map((l) => versions?.get(l)).filter((x): x is Release<E> => !!x);
}

export type RelatedLink = { title: string; href: string; lang: string; external: boolean };

/**
 * Resolves a release's hand-set related links. A key naming a release that is
 * not published (draft or embargoed, `hidden`) is left out; a key that exists
 * nowhere is an error, so a typo never ships as a dead link.
 */
export function resolveRelated<E extends EntryLike>(
  r: Release<E>, index: ReleaseIndex<E>, hidden: Set<string>, href: (target: Release<E>) => string,
): { links: RelatedLink[]; problems: Problem[] } {
  const links: RelatedLink[] = [];
  const problems: Problem[] = [];
  r.data.related.forEach((item, i) => {
    if ('url' in item) {
      links.push({ title: item.title, href: item.url, lang: r.lang, external: true });
      return;
    }
    const versions = index.byKey.get(item.release);
    const target = versions?.get(r.lang) ?? (versions ? [...versions.values()][0] : undefined);
    if (target) links.push({ title: target.data.title, href: href(target), lang: target.lang, external: false });
    else if (!hidden.has(item.release)) {
      problems.push({ file: r.file, field: `related[${i}].release`, message: say('site.relatedMissing', { value: item.release }) });
    }
  });
  return { links, problems };
}

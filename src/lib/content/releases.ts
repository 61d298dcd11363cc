/**
 * Loads the release collection once per build, drops drafts and embargoed
 * releases, attaches language, slug, local date and URL, and checks links
 * between releases. Every page asks this module; none reads the collection.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildTime, languages } from '../../config.ts';
import { say } from '../../i18n/messages.ts';
import { REFERENCE_LANG } from '../../i18n/strings.ts';
import {
  ContentError, indexReleases, isPublished, resolveRelated, toRelease,
  type Problem, type RelatedLink, type Release as ReleaseOf, type ReleaseIndex,
} from './release.ts';
import { stampOf } from './cache-key.ts';
import { withBase } from './urls.ts';
import { organisationOf, type Organisation } from './organisation.ts';
import { readBack } from './rendered-files.ts';

export type Entry = CollectionEntry<'releases'>;
export type Release = ReleaseOf<Entry>;
export type Agency = CollectionEntry<'agencies'>;
export type Topic = CollectionEntry<'topics'>;

export interface Site extends ReleaseIndex<Entry> {
  agencies: Map<string, Agency>;
  topics: Map<string, Topic>;
  /** Hand-set related links per release id, resolved. */
  related: Map<string, RelatedLink[]>;
  /** Who runs the press center (content/organisation.yml), on every page. */
  organisation: Organisation;
  /** Hash of the agencies, topics and organisation, part of every page's cache key (see cache-key.ts). */
  stamp: string;
}

let site: Promise<Site> | undefined;

/** The published releases and reference data, computed once per build. */
export function loadSite(): Promise<Site> {
  return (site ??= load());
}

async function load(): Promise<Site> {
  const [entries, agencyList, topicList, organisationList] = await Promise.all([
    getCollection('releases'), getCollection('agencies'), getCollection('topics'), getCollection('organisation'),
  ]);
  // The rendered HTML is read from its file when a page asks for it (rendered-files.ts).
  for (const e of entries) if (e.rendered) e.rendered = readBack(e.rendered);
  const organisation = organisationOf(organisationList);
  const agencies = new Map(agencyList.map((a) => [a.id, a]));
  const topics = new Map(topicList.map((t) => [t.id, t]));
  const problems: Problem[] = [];
  for (const e of entries) {
    const file = e.filePath ?? e.id;
    if (!agencies.has(e.data.agency.id)) {
      problems.push({ file, field: 'agency', message: say('field.unknownId', { kind: say('kind.agency'), value: e.data.agency.id, file: 'agencies.yml', list: [...agencies.keys()].join(', ') }) });
    }
    e.data.topics.forEach((t, i) => {
      if (!topics.has(t.id)) problems.push({ file, field: `topics[${i}]`, message: say('field.unknownId', { kind: say('kind.topic'), value: t.id, file: 'topics.yml', list: [...topics.keys()].join(', ') }) });
    });
  }
  if (problems.length) throw new ContentError(problems);

  const published = entries.filter((e) => isPublished(e.data, buildTime));
  const hidden = new Set(entries.filter((e) => !isPublished(e.data, buildTime)).map((e) => e.data.translationKey));
  const releases = published.map((e) => toRelease(e, (id) => agencies.get(id)!.data.timezone));
  const index = indexReleases(releases, languages);

  const related = new Map<string, RelatedLink[]>();
  for (const r of index.all) {
    const result = resolveRelated(r, index, hidden, (target) => withBase(target.path));
    related.set(r.id, result.links);
    problems.push(...result.problems);
  }
  if (problems.length) throw new ContentError(problems);
  const stamp = stampOf([agencyList.map((a) => a.data), topicList.map((t) => t.data), organisation]);
  return { ...index, agencies, topics, organisation, related, stamp };
}

/** Localized text from a `{ ru: …, en: … }` map, falling back to the reference language. */
export function localized(map: Record<string, string> | undefined, lang: string): string | undefined {
  return map?.[lang] ?? map?.[REFERENCE_LANG] ?? (map ? Object.values(map)[0] : undefined);
}

export const agencyName = (a: Agency, lang: string): string => localized(a.data.name, lang)!;
export const agencyShort = (a: Agency, lang: string): string => localized(a.data.short, lang) ?? agencyName(a, lang);
export const topicName = (t: Topic, lang: string): string => localized(t.data.name, lang)!;

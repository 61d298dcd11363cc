/**
 * The organisation running the press center (content/organisation.yml): its
 * name per language, emblem, address, contacts and legal line.
 */
import { readFileSync } from 'node:fs';
import type { CollectionEntry } from 'astro:content';
import { contentPath } from '../../config.ts';
import { REFERENCE_LANG, STRINGS } from '../../i18n/strings.ts';

export type OrganisationData = CollectionEntry<'organisation'>['data'];

export interface Organisation extends OrganisationData {
  /** The emblem's SVG text, served as /emblem.svg and shown through <img> (an image runs no script, whatever the file holds). */
  emblemSvg?: string;
}

/** The organisation when content/organisation.yml is absent: the site still builds, named by the UI strings ("Пресс-центр"). */
export const UNNAMED_ORGANISATION: OrganisationData = { name: Object.fromEntries(Object.entries(STRINGS).map(([lang, s]) => [lang, s['site.name']!])) };

/** The organisation entry, with its emblem read from the content folder. */
export function organisationOf(entries: { data: OrganisationData }[]): Organisation {
  const data = entries[0]?.data ?? UNNAMED_ORGANISATION;
  if (!data.emblem) return data;
  const file = contentPath(data.emblem);
  let svg: string;
  try {
    svg = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`${contentPath('organisation.yml')}: emblem: no file ${file}`);
  }
  return { ...data, emblemSvg: svg };
}

/**
 * The organisation's name in `lang`: the one name a page, feed, card, sitemap or
 * structured data gives as publisher. A language the file does not name falls back
 * to the reference language's name (a proper name, not translated by the UI strings).
 */
export function organisationName(org: Pick<OrganisationData, 'name'>, lang: string): string {
  return org.name[lang] ?? org.name[REFERENCE_LANG] ?? Object.values(org.name)[0] ?? STRINGS[lang]?.['site.name'] ?? STRINGS[REFERENCE_LANG]!['site.name']!;
}

/** The line under the name in `lang`, with the same fallbacks; the UI strings' line when the file has none. */
export function organisationTagline(org: Pick<OrganisationData, 'tagline'>, lang: string): string {
  const own = org.tagline;
  return own?.[lang] ?? own?.[REFERENCE_LANG] ?? STRINGS[lang]?.['site.tagline'] ?? STRINGS[REFERENCE_LANG]!['site.tagline']!;
}

/**
 * The organisation running the press center (content/organisation.yml): its
 * name per language, emblem, address, contacts and legal line.
 */
import { readFileSync } from 'node:fs';
import type { CollectionEntry } from 'astro:content';
import { contentPath } from '../../config.ts';
import { STRINGS } from '../../i18n/strings.ts';

export type OrganisationData = CollectionEntry<'organisation'>['data'];

export interface Organisation extends OrganisationData {
  /** The emblem's SVG text, served as /emblem.svg and shown through <img> (an image runs no script, whatever the file holds). */
  emblemSvg?: string;
}

/** The organisation entry, with its emblem read from the content folder. */
export function organisationOf(entries: { data: OrganisationData }[]): Organisation {
  // Without the file the site still builds, named by the UI strings ("Пресс-центр").
  const data = entries[0]?.data ?? { name: Object.fromEntries(Object.entries(STRINGS).map(([lang, s]) => [lang, s['site.name']!])) };
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

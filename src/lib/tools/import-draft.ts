/**
 * Turns the parts read from a plain-text release into a release draft: what
 * the text does not give becomes TODO, which `npm run check` reports and the
 * build refuses, so a half-filled import is never published.
 */
import { zoneOffset } from '../content/dates.ts';
import type { ImportedText } from './import-text.ts';
import { TODO, newKey, type Draft } from './write-release.ts';

export interface AgencyInfo { id: string; timezone: string }

const pad = (n: number) => String(n).padStart(2, '0');

/** A draft of the release in `lang`; `taken` holds translation keys already in use. */
export function importDraft(text: ImportedText, agencies: AgencyInfo[], taken: Set<string>): Draft {
  const agency = agencies.find((a) => a.id === text.agency);
  let date = TODO;
  let dateNote: string | undefined;
  if (text.date && agency) {
    const day = `${text.date.year}-${pad(text.date.month)}-${pad(text.date.day)}`;
    // The texts give a day, not a time: noon in the agency's zone keeps the day right; the officer corrects it.
    date = `${day}T12:00:00${zoneOffset(new Date(`${day}T12:00:00Z`), agency.timezone)}`;
    dateNote = `${TODO}: the text gives no time; 12:00 assumed, correct it`;
  } else if (text.date) {
    dateNote = `the text says ${text.date.day}.${text.date.month}.${text.date.year}; write it as 2020-10-07T10:00:00+05:00`;
  } else dateNote = 'no date found in the text; write it as 2020-10-07T10:00:00+05:00';
  return {
    title: text.title || TODO,
    date, dateNote,
    dateline: text.dateline,
    agency: agency?.id ?? TODO,
    agencyNote: agency ? undefined : `id from content/agencies.yml${text.agencyText ? `; the text names "${text.agencyText}"` : ''}`,
    countries: text.countries,
    related: text.headlines.map((title) => ({ title, url: TODO })),
    source: text.source,
    translationKey: newKey(text.title, text.date?.year ?? 'undated', taken),
    image: text.credit ? { src: TODO, alt: '', credit: text.credit } : undefined,
    body: text.paragraphs.join('\n\n'),
  };
}

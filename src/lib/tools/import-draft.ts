/**
 * Turns the parts read from an agency text into a release draft. Whatever the
 * text does not settle is a value starting with TODO, with a comment saying
 * why in the press officer's language: a missing title, an unknown agency, a
 * time (texts give a day), its time zone, or a year that was only assumed, a
 * picture's description. `npm run check` and the build refuse a release with a TODO
 * left, so nothing guessed is published before a person confirms it.
 */
import { zoneOffset } from '../content/dates.ts';
import type { KnownRelease } from './content-files.ts';
import { likelyYear } from './import-dates.ts';
import { matchHeadline } from './import-match.ts';
import type { Say } from './import-messages.ts';
import type { ImportedText } from './import-text.ts';
import { TODO, newKey, type Draft } from './write-release.ts';

export interface AgencyInfo { id: string; timezone: string }

/** A picture saved next to the release (`src` as written in the file: ./name.jpg), or one left where it was. */
export interface Picture { src?: string; caption?: string; remote?: string }

export interface DraftContext {
  lang: string;
  agencies: AgencyInfo[];
  /** Translation keys already in use. */
  taken: Set<string>;
  known: KnownRelease[];
  say: Say;
  /** For the likely year of a date given without one. */
  today: Date;
  /** Addresses of trailing headlines, when the input linked them (HTML). */
  headlineUrls?: Map<string, string>;
  pictures?: Picture[];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The date field and its comment. */
function dateField(text: ImportedText, agency: AgencyInfo | undefined, c: DraftContext): { date: string; dateNote: string; year?: number } {
  const d = text.date;
  if (!d) return { date: TODO, dateNote: c.say('dateNone') };
  const guess = d.year ? undefined : likelyYear(d, text.source, c.today);
  const year = d.year ?? guess!.year;
  const day = `${year}-${pad(d.month)}-${pad(d.day)}`;
  const time = d.hour !== undefined ? `${pad(d.hour)}:${pad(d.minute ?? 0)}:00` : '12:00:00';
  const offset = agency ? zoneOffset(new Date(`${day}T${time}Z`), agency.timezone) : '';
  const notes: string[] = [];
  if (guess) notes.push(c.say('dateNoYear', { raw: text.dateRaw ?? '', year, from: c.say(guess.from === 'source' ? 'fromSource' : 'fromToday') }));
  else if (d.hour === undefined) notes.push(c.say('dateNoTime'));
  else if (agency) notes.push(c.say('dateZone', { time: time.slice(0, 5), zone: agency.timezone }));
  if (!agency) notes.push(c.say('dateNoZone'));
  if (!guess && text.dateRaw && text.dateRaw !== text.datelineRaw) notes.push(c.say('asWritten', { text: text.dateRaw }));
  const value = `${day}T${time}${offset}`;
  // A day, year or offset the tool assumed is a mark, not just a comment: check and build refuse it.
  return { date: notes.length ? `${TODO} ${value}` : value, dateNote: notes.join('; '), year };
}

/** The trailing headlines: a release of the site when one has (nearly) that title, else a link to fill in. */
function relatedField(headlines: string[], c: DraftContext): NonNullable<Draft['related']> {
  const out: NonNullable<Draft['related']> = [];
  const seen = new Set<string>();
  for (const title of headlines) {
    const match = matchHeadline(title, c.lang, c.known);
    if (match) {
      if (!seen.has(match.release.key!)) out.push({ release: match.release.key!, note: c.say('relatedMatched', { title }) });
      seen.add(match.release.key!);
    } else {
      const url = c.headlineUrls?.get(title);
      out.push(url ? { title, url } : { title, url: TODO, note: c.say('relatedUrl') });
    }
  }
  return out;
}

/** The hero image from the first picture (or a credit line alone); later pictures go into the body. */
function pictures(text: ImportedText, c: DraftContext): { image?: Draft['image']; extra: string[] } {
  const [first, ...rest] = c.pictures ?? [];
  const alt = (p?: Picture) => (p?.caption ? `${TODO}: ${p.caption}` : TODO);
  const altNote = (p?: Picture) => c.say(p?.caption ? 'altCaption' : 'altNone');
  const extra = rest.map((p) => `![${alt(p)}](${p.src ?? p.remote})`);
  if (!first && !text.credit) return { extra };
  const src = first?.src ?? TODO;
  const srcNote = first?.remote ? c.say('imageRemote', { url: first.remote }) : c.say('srcTodo');
  return { image: { src, srcNote, alt: alt(first), altNote: altNote(first), ...(text.credit ? { credit: text.credit } : {}) }, extra };
}

/** A draft of the release in `c.lang`. */
export function importDraft(text: ImportedText, c: DraftContext): Draft & { year: number | 'undated' } {
  const agency = c.agencies.find((a) => a.id === text.agency);
  const { date, dateNote, year } = dateField(text, agency, c);
  const { image, extra } = pictures(text, c);
  const naming = text.title ?? text.paragraphs[0] ?? 'release';
  return {
    title: text.title ?? TODO,
    ...(text.title ? {} : { titleNote: c.say('titleNone') }),
    date, dateNote,
    dateline: text.dateline,
    datelineNote: text.datelineRaw ? c.say('asWritten', { text: text.datelineRaw }) : undefined,
    byline: text.byline,
    agency: agency?.id ?? TODO,
    agencyNote: agency
      ? (text.agencyText ? c.say('asWritten', { text: text.agencyText }) : undefined)
      : (text.agencyText ? c.say('agencyUnknown', { text: text.agencyText }) : undefined),
    countries: text.countries,
    related: relatedField(text.headlines, c),
    source: text.source,
    translationKey: newKey(naming, year ?? 'undated', c.taken),
    image,
    body: [...text.paragraphs, ...extra].join('\n\n'),
    year: year ?? 'undated',
  };
}

/**
 * The logic of `npm run new`: from a few answers (language, title, agency,
 * countries, date, and optionally the release this one translates) to the
 * file name and its complete text. Pure, so it is tested without prompts.
 */
import { dateMessage, isoInZone, readDateTime, zoneOffset } from '../content/dates.ts';
import { isCountryCode, suggestCountry } from '../content/countries.ts';
import { say } from '../../i18n/messages.ts';
import { nearest } from './check-schema.ts';
import { newKey, releaseFile, renderRelease, TODO } from './write-release.ts';

export interface NewAnswers {
  lang: string;
  title: string;
  agency: string;
  /** "TJ, RU" or "TJ RU". */
  countries: string;
  /** "2020-10-07", "2020-10-07 10:00", or full "2020-10-07T10:00:00+05:00"; empty for now. */
  date?: string;
  /** Translation key of the release this one translates (already resolved from a path). */
  translationOf?: string;
}

export interface NewContext {
  contentDir: string;
  languages: string[];
  agencies: Map<string, { timezone: string }>;
  /** Translation key → files using it. */
  keys: Map<string, string[]>;
  now: Date;
}

/** "2020-10-07 10:00" in `zone` → "2020-10-07T10:00:00+05:00". Throws with the expected form. */
export function parseDate(input: string | undefined, zone: string, now: Date): string {
  const text = (input ?? '').trim();
  if (!text) return isoInZone(new Date(Math.floor(now.getTime() / 60_000) * 60_000), zone);
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(?::(\d{2}))?)?(Z|[+-]\d{2}:\d{2})?$/.exec(text);
  const guess = zoneOffset(now, zone);
  if (!m) {
    const read = readDateTime(text, guess);
    throw new Error('date' in read ? say('new.dateForm', { value: text }) : `date: ${dateMessage(text, read)}`);
  }
  const local = `${m[1]}T${m[2] ?? '12:00'}:${m[3] ?? '00'}`;
  // The same strict reader as the check and the build: 30 February is refused, not made 1 March.
  const strict = readDateTime(`${local}${m[4] ?? guess}`, guess);
  if (!('date' in strict)) throw new Error(`date: ${dateMessage(text, strict)}`);
  // The offset of the zone at about that moment (exact except within hours of a clock change).
  return `${local}${m[4] ?? zoneOffset(strict.date, zone)}`;
}

/** Country codes from "TJ, ru Italy"; names and lowercase codes are turned into codes when unambiguous. */
export function parseCountries(input: string): string[] {
  const codes: string[] = [];
  // "TJ RU" is two codes; "United Kingdom" is one name.
  const words = input.split(/[,;]+/).map((s) => s.trim()).filter(Boolean)
    .flatMap((part) => (/^[A-Za-z]{2}(\s+[A-Za-z]{2})+$/.test(part) ? part.split(/\s+/) : [part]));
  const unknown: string[] = [];
  for (const word of words) {
    const code = isCountryCode(word) ? word : suggestCountry(word);
    if (!code) unknown.push(word);
    else if (!codes.includes(code)) codes.push(code);
  }
  // Every wrong value at once, so one correction is enough.
  if (unknown.length) throw new Error(say(unknown.length === 1 ? 'new.country' : 'new.countries', { value: unknown[0]!, list: unknown.map((w) => `"${w}"`).join(', ') }));
  return codes;
}

/** The new file's path and text; throws an Error naming the field when an answer is wrong. */
export function newRelease(a: NewAnswers, ctx: NewContext): { file: string; text: string; key: string } {
  if (!ctx.languages.includes(a.lang)) throw new Error(say('new.lang', { value: a.lang, list: ctx.languages.join(', ') }));
  if (!a.title.trim()) throw new Error(say('new.title'));
  const agency = ctx.agencies.get(a.agency);
  if (!agency) {
    const hint = nearest(a.agency, ctx.agencies.keys());
    throw new Error(say(hint ? 'new.agencyHint' : 'new.agency', { value: a.agency, hint: hint ?? '', list: [...ctx.agencies.keys()].join(', ') }));
  }
  const date = parseDate(a.date, agency.timezone, ctx.now);
  const year = date.slice(0, 4);
  // A day without a time gets 12:00, marked like the importer's guesses: check and build refuse it until confirmed.
  const noTime = /^\d{4}-\d{2}-\d{2}$/.test((a.date ?? '').trim());
  let key: string;
  if (a.translationOf) {
    const files = ctx.keys.get(a.translationOf);
    if (!files) throw new Error(say('new.noSuchKey', { value: a.translationOf }));
    const same = files.find((f) => f.split(/[\\/]/).includes(a.lang));
    if (same) throw new Error(say('new.keyHasLang', { value: a.translationOf, lang: a.lang, file: same }));
    key = a.translationOf;
  } else key = newKey(a.title, year, new Set(ctx.keys.keys()));
  const text = renderRelease({
    title: a.title.trim(), date: noTime ? `${TODO} ${date}` : date, dateNote: noTime ? say('new.dateNoTime') : undefined, agency: a.agency, countries: parseCountries(a.countries), translationKey: key,
    // A placeholder the check and the build refuse until the press officer replaces it.
    body: `${TODO}: ${say('new.placeholder')}`,
  });
  return { file: releaseFile(ctx.contentDir, a.lang, year, a.title), text, key };
}

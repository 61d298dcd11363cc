/**
 * The dateline that opens an agency text, in the shapes agencies use:
 *   ДУШАНБЕ, 07.10.2020 /НИАТ «Ховар»/. …      city first, agency in slashes
 *   Душанбе, 27 сентябри соли 2025 (АМИТ «Ховар», Анвар Саидов). …   agency and author in parentheses
 *   DUSHANBE, October 7 (Khovar) – …           English, no year
 *   МОСКВА, 19 мая. /ТАСС/. …                  a full stop between date and agency
 *   Москва, 19 мая – МИД России. …             the agency after a dash
 *   07.10.2020, ш. Душанбе – …                 the date first
 *   ДУШАНБЕ /Ховар/ – …                        no date
 * and, when the dateline names no agency, the agency the first paragraph cites
 * ("со ссылкой на", "сообщает", "хабар дод", "reports", "according to").
 */
import { dateAtStart, type TextDate } from './import-dates.ts';
import { matchAgency, type AgencyNames } from './import-agency.ts';

export interface Dateline {
  city?: string;
  date?: TextDate;
  /** The agency as written, and its id when content/agencies.yml knows it. */
  agencyText?: string;
  agency?: string;
  author?: string;
  /** The dateline as written, kept so the person confirming it can compare. */
  raw: string;
  /** The text after the dateline. */
  rest: string;
}

const PREFIX = '(?:(?:г\\.|ш\\.|шаҳри|город)\\s*)?';
const CITY = `${PREFIX}(?<city>\\p{Lu}[\\p{L}’'-]*(?:[ -]\\p{Lu}[\\p{L}’'-]*){0,2})`;
// Words that open a sentence like a city but are not one.
const NOT_CITY = /^(сегодня|вчера|завтра|имрӯз|дирӯз|фардо|today|yesterday|on|in|в|дар|как|об|the)$/iu;
const SEP = /^\s*(?:[.,:;–—-]\s*)+/u;

/** "ДУШАНБЕ" → "Душанбе", "NEW YORK" → "New York"; mixed-case names are kept. */
export function cityCase(city: string, lang: string): string {
  if (city !== city.toLocaleUpperCase(lang)) return city;
  return city.toLocaleLowerCase(lang).replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toLocaleUpperCase(lang));
}

/** The agency part right after the date: /…/, (…), or "– Name." when that names an agency. */
function agencyPart(text: string, agencies: AgencyNames[]): { text: string; length: number } | undefined {
  const m = /^\s*\.?\s*(?:\/(?<slash>[^/\n]{2,100})\/|\((?<paren>[^()\n]{2,140})\))/u.exec(text);
  if (m) return { text: (m.groups!.slash ?? m.groups!.paren)!.trim(), length: m[0].length };
  const comma = /^\s*,\s*(?<name>[^.:,\n]{2,80})[.:]/u.exec(text);
  if (comma && matchAgency(comma.groups!.name!.trim(), agencies)) return { text: comma.groups!.name!.trim(), length: comma[0].length };
  const dash = /^\s*[–—-]\s*(?<name>[^.:\n]{2,80})[.:]/u.exec(text);
  const name = dash?.groups!.name!.trim();
  // After a dash, only a known agency or a quoted/upper-case name: "– Президент сказал." is the text.
  if (name && (matchAgency(name, agencies) || /«.+»|^[\p{Lu}\d\s«»"-]{2,}$/u.test(name))) return { text: name, length: dash![0].length };
  return undefined;
}

/** Splits "АМИТ «Ховар», Анвар Саидов" into the agency and its author. */
function agencyAndAuthor(text: string, agencies: AgencyNames[]): Pick<Dateline, 'agency' | 'agencyText' | 'author'> {
  const parts = text.split(/,\s*(?![^«]*»)/u).map((p) => p.trim()).filter(Boolean);
  const at = Math.max(0, parts.findIndex((p) => matchAgency(p, agencies)));
  const author = parts.filter((_, i) => i !== at).join(', ');
  return { agencyText: parts[at], agency: matchAgency(parts[at] ?? '', agencies), ...(author ? { author } : {}) };
}

/** The dateline opening `para`, or undefined when it opens with ordinary text. */
export function parseDateline(para: string, agencies: AgencyNames[], lang: string): Dateline | undefined {
  let city: string | undefined;
  let date: TextDate | undefined;
  let pos = 0;
  const cityFirst = new RegExp(`^${CITY}(?:\\s*,\\s*|\\s+)`, 'u').exec(para);
  const dateFirst = dateAtStart(para);
  if (dateFirst) {
    date = dateFirst.date;
    pos = dateFirst.length;
    const after = new RegExp(`^\\s*[,.]?\\s*${CITY}(?=\\s*[/(.,:–—-])`, 'u').exec(para.slice(pos));
    if (after) { city = after.groups!.city; pos += after[0].length; }
  } else if (cityFirst && !NOT_CITY.test(cityFirst.groups!.city!)) {
    // "Dushanbe, Tajikistan, Oct. 7": a country (or region) may stand between the city and the date.
    const country = /^\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)?\s*,\s*/u.exec(para.slice(cityFirst[0].length));
    const skip = country && dateAtStart(para.slice(cityFirst[0].length + country[0].length)) ? country[0].length : 0;
    const found = dateAtStart(para.slice(cityFirst[0].length + skip));
    city = cityFirst.groups!.city;
    pos = cityFirst[0].length + (found ? skip + found.length : 0);
    date = found?.date;
  }
  if (!date && !city) return undefined;
  const agency = agencyPart(para.slice(pos), agencies);
  if (agency) pos += agency.length;
  const sep = SEP.exec(para.slice(pos));
  const upper = city !== undefined && city === city.toLocaleUpperCase(lang);
  // A capitalised word and a date followed by a comma is more likely a sentence ("Сегодня, 7 октября, …").
  if (!date && !agency) return undefined;
  if (city && !upper && !agency && (!sep || /^\s*,/.test(sep[0]))) return undefined;
  if (!city && !agency && !sep) return undefined;
  if (sep) pos += sep[0].length;
  return {
    ...(city ? { city: cityCase(city, lang) } : {}),
    ...(date ? { date } : {}),
    ...(agency ? agencyAndAuthor(agency.text, agencies) : {}),
    raw: para.slice(0, pos).trim(),
    rest: para.slice(pos).trim(),
  };
}

const CUE = /со ссылкой на|сообща(?:ет|ют|ли)|переда(?:ет|ёт)|по (?:данным|сообщению)|хабар (?:дод|доданд|медиҳад)|иттилоъ (?:дод|медиҳад)|ба иттилои|reports?|reported|according to/iu;

/** The agency a paragraph cites, from the sentence holding a cue ("со ссылкой на", "хабар дод", "reports"). */
export function citedAgency(para: string, agencies: AgencyNames[]): { agency?: string; agencyText?: string } | undefined {
  const sentence = para.split(/(?<=[.!?])\s+/u).find((s) => CUE.test(s));
  if (!sentence) return undefined;
  const agency = matchAgency(sentence, agencies);
  if (agency) return { agency };
  const named = /со ссылкой на\s+([^.,;]+)|according to\s+([^.,;]+)|(\p{Lu}[^.,;]*?)\s+(?:хабар|reports?|reported|сообщает)/u.exec(sentence);
  const text = named?.slice(1).find(Boolean)?.trim();
  return text ? { agencyText: text } : undefined;
}

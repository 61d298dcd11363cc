/**
 * Reads a plain-text press release (as agencies publish them) into the parts
 * of a release: title, date, dateline city and agency, body, original address,
 * photo credit, the trailing list of other headlines, and the countries named.
 *
 * Layout understood (any of the parts may be missing):
 *   Title line
 *   15.04.2020                                   (a date line), or a dateline opening the text:
 *   ДУШАНБЕ, 07.10.2020 /НИАТ «Ховар»/. Text…
 *   Paragraphs…
 *   ФОТО: credit                                 (PHOTO:, Фото:, Акс:, Сурат:)
 *   Адрес страницы: <https://…>                  (any "label: <url>" line)
 *   [Organisation that issued it](#)             (a last line that is only a link)
 *   (two or more blank lines, then one headline per line: other releases)
 */
import { findCountries } from './find-countries.ts';

export interface AgencyNames { id: string; names: string[] }

export interface ImportedText {
  title: string;
  /** Calendar date from the text, if any. */
  date?: { year: number; month: number; day: number };
  dateline?: string;
  /** Agency id matched from the dateline or the organisation line. */
  agency?: string;
  /** Agency text found but not matched to content/agencies.yml. */
  agencyText?: string;
  countries: string[];
  headlines: string[];
  source?: string;
  credit?: string;
  paragraphs: string[];
}

const DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
// CITY, dd.mm.yyyy /AGENCY/. — the agency's closing quote is sometimes missing, so anything up to "/".
const DATELINE = /^([\p{Lu}][\p{Lu}\p{Ll}\- ]*?),\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*\/([^/]+)\/\.?\s*/u;
const CREDIT = /^(?:фото|photo|акс|сурат)\s*:\s*(.+)$/iu;
const SOURCE = /^[^:<]{1,40}:\s*<?(https?:\/\/[^\s>]+)>?$/;
const ONLY_LINK = /^\[([^\]]+)\]\([^)]*\)$/;

/** "НИАТ «Ховар" and "НИАТ «Ховар»" compare equal: quotes and case do not count. */
const loose = (s: string): string => s.toLowerCase().replace(/[«»"“”„'’]/g, '').replace(/\s+/g, ' ').trim();

/** The agency whose name or alias the text is, or failing that contains (longest name wins). */
export function matchAgency(text: string, agencies: AgencyNames[]): string | undefined {
  const t = loose(text);
  const exact = agencies.find((a) => a.names.some((n) => loose(n) === t));
  if (exact) return exact.id;
  let best: { id: string; length: number } | undefined;
  for (const a of agencies) {
    for (const n of a.names.map(loose)) {
      if (n.length > 2 && t.includes(n) && (!best || n.length > best.length)) best = { id: a.id, length: n.length };
    }
  }
  return best?.id;
}

/** "ДУШАНБЕ" → "Душанбе", "NEW YORK" → "New York"; mixed-case names are kept. */
function cityCase(city: string, lang: string): string {
  if (city !== city.toLocaleUpperCase(lang)) return city;
  return city.toLocaleLowerCase(lang).replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toLocaleUpperCase(lang));
}

/** Splits the text into its parts; see the layout above. */
export function parseText(text: string, agencies: AgencyNames[], lang = 'ru'): ImportedText {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trim());
  // The trailing headlines: the last run of lines after two or more blank lines, none ending a sentence.
  let end = lines.length;
  while (end > 0 && !lines[end - 1]) end--;
  let start = end;
  while (start > 0 && lines[start - 1]) start--;
  const tail = lines.slice(start, end);
  const gapBefore = start >= 2 && !lines[start - 1] && !lines[start - 2];
  const isHeadlines = gapBefore && tail.length >= 2 && tail.every((l) => !/[.:]$/.test(l) && !ONLY_LINK.test(l) && !SOURCE.test(l));
  const headlines = isHeadlines ? tail : [];
  const content = (isHeadlines ? lines.slice(0, start) : lines).filter(Boolean);

  const out: ImportedText = { title: content.shift() ?? '', countries: [], headlines, paragraphs: [] };
  let orgLine: string | undefined;
  for (const [i, line] of content.entries()) {
    const date = DATE.exec(line);
    const dateline = DATELINE.exec(line);
    const credit = CREDIT.exec(line);
    const source = SOURCE.exec(line);
    const link = ONLY_LINK.exec(line);
    if (date && !out.date) out.date = { day: +date[1]!, month: +date[2]!, year: +date[3]! };
    else if (credit) out.credit = credit[1]!.trim();
    else if (source) out.source = source[1];
    else if (link && i === content.length - 1) orgLine = link[1];
    else if (dateline && !out.date) {
      out.date = { day: +dateline[2]!, month: +dateline[3]!, year: +dateline[4]! };
      out.dateline = cityCase(dateline[1]!.trim(), lang);
      out.agencyText = dateline[5]!.trim();
      out.agency = matchAgency(out.agencyText, agencies);
      const rest = line.slice(dateline[0].length).trim();
      if (rest) out.paragraphs.push(rest);
    } else out.paragraphs.push(line.replace(/\[([^\]]+)\]\(#?\)/g, '$1')); // links to "#" lead nowhere
  }
  if (!out.agency && orgLine) {
    out.agency = matchAgency(orgLine, agencies);
    out.agencyText ??= orgLine;
  }
  if (out.agency) delete out.agencyText;
  out.countries = findCountries([out.title, ...out.paragraphs].join('\n'));
  return out;
}

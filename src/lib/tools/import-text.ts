/**
 * Reads the text of a press release (as agencies send it) into the parts of a
 * release: title, date, dateline city, agency and author, body, original
 * address, photo credit, byline, the trailing list of other headlines, and the
 * countries named. Nothing of the input is dropped: what is not a field stays
 * in the body, and what became a field is kept as written (`*Raw`) so the
 * person confirming it can compare.
 *
 * Layout understood (any of the parts may be missing):
 *   Title line                                   (only when it reads like a headline)
 *   15.04.2020                                   (a date line), and/or a dateline opening the text
 *   ДУШАНБЕ, 07.10.2020 /НИАТ «Ховар»/. Text…    (see import-dateline.ts for the shapes)
 *   Paragraphs…
 *   ФОТО: credit / Автор: Name / By Name
 *   Адрес страницы: <https://…>                  (any "label: <url>" line, or a bare address)
 *   [Organisation that issued it](#)             (a last line that is only a link)
 *   (two or more blank lines, or a line "Другие новости:", then one headline per line)
 */
import { type AgencyNames, matchAgency } from './import-agency.ts';
import { dateLine, type TextDate } from './import-dates.ts';
import { citedAgency, parseDateline } from './import-dateline.ts';
import { findCountries } from './find-countries.ts';

export type { AgencyNames } from './import-agency.ts';
export { matchAgency } from './import-agency.ts';

export interface ImportedText {
  /** The headline, when the first line reads like one; otherwise a person writes it. */
  title?: string;
  date?: TextDate;
  /** The date or dateline as written in the text. */
  dateRaw?: string;
  dateline?: string;
  datelineRaw?: string;
  /** Agency id matched from the dateline, the first paragraph or the organisation line. */
  agency?: string;
  /** Agency text found but not matched to content/agencies.yml, or the organisation line. */
  agencyText?: string;
  byline?: string;
  countries: string[];
  headlines: string[];
  source?: string;
  credit?: string;
  paragraphs: string[];
}

const CREDIT = /^(?:фото(?: и видео)?|photos?|акс(?:ҳо)?|сурат|снимок)\s*[:：–—]\s*(.+)$|^photo by\s+(.+)$|^(?:©|\(c\))\s*(.+)$/iu;
const NAME = "\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}";
const BYLINE = new RegExp(`^(?:(?:[Аа]втор|[Тт]екст|[Aa]uthor|[Tt]ext|[Мм]уаллиф|[Мм]атн)\\s*[:–—]\\s*|[Bb]y\\s+)(${NAME}(?:,\\s*${NAME})*)\\.?$`, 'u');
const SOURCE = /^(?:[^:<]{1,40}:\s*)?<?(https?:\/\/[^\s>]+)>?$/u;
const ONLY_LINK = /^\[([^\]]+)\]\([^)]*\)$/u;
const RELATED_LABEL = /^(?:другие новости|читайте также|см\. также|похожие новости|по теме|related(?: news| releases)?|see also|more news|read also|хабарҳои дигар|хабарҳои марбут|инчунин хонед)\s*:?$/iu;

/** A first line is a headline when it is short, one sentence, and does not end like a sentence. */
export function isHeadline(line: string): boolean {
  if (line.length > 200 || line.split(/\s+/).length > 30) return false;
  if (/[.,:;]$/u.test(line) && !/\.\.\.$|…$/u.test(line)) return false;
  return !/[^\s.]{3,}[.!?]\s+\p{Lu}/u.test(line); // a sentence break inside: it is a paragraph
}

/** Splits the lines into the content and the trailing headlines: after a label line ("Читайте также:"), or a gap of 2+ blank lines. */
function splitTail(lines: string[]): { content: string[]; headlines: string[] } {
  const plain = (l: string) => !/[.:]$/u.test(l) && !ONLY_LINK.test(l) && !SOURCE.test(l) && !CREDIT.test(l);
  const label = lines.findLastIndex((l) => RELATED_LABEL.test(l));
  if (label > 0) {
    const tail = lines.slice(label + 1).filter(Boolean);
    if (tail.length && tail.every(plain)) return { content: lines.slice(0, label), headlines: tail };
  }
  let end = lines.length;
  while (end > 0 && !lines[end - 1]) end--;
  let start = end;
  while (start > 0 && lines[start - 1]) start--;
  const tail = lines.slice(start, end);
  const gap = start >= 2 && !lines[start - 1] && !lines[start - 2];
  return gap && tail.length >= 2 && tail.every(plain) ? { content: lines.slice(0, start), headlines: tail } : { content: lines, headlines: [] };
}

/**
 * One paragraph per line, except in hard-wrapped text (e-mail, no line over 100 characters): there a
 * line not ending a sentence continues on the next, unless the next is a date or a dateline.
 */
function paragraphs(lines: string[], startsNew: (line: string) => boolean): string[] {
  const wrapped = lines.every((l) => l.length <= 100) && lines.some((l) => l.length >= 50);
  const out: string[] = [];
  let open = false;
  for (const line of lines) {
    if (!line) { open = false; continue; }
    const prev = out.at(-1);
    const joins = open && prev !== undefined && !/[.!?:;»"”)]$/u.test(prev) && !startsNew(line)
      && (/^\p{Ll}/u.test(line) || (wrapped && prev.length >= 40 && out.length > 1)); // the first line may be the headline
    if (joins) out[out.length - 1] = `${prev} ${line}`;
    else out.push(line);
    open = true;
  }
  return out;
}

/** Splits the text into its parts; see the layout above. `heading` is a title the file format marks as such (an HTML h1). */
export function parseText(text: string, agencies: AgencyNames[], lang = 'ru', heading?: string): ImportedText {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n').map((l) => l.replace(/\u00a0/g, ' ').trim());
  const { content: contentLines, headlines } = splitTail(lines);
  const content = paragraphs(contentLines, (l) => !!dateLine(l) || !!parseDateline(l, agencies, lang) || CREDIT.test(l) || BYLINE.test(l) || SOURCE.test(l));
  const out: ImportedText = { countries: [], headlines, paragraphs: [] };
  const first = content[0];
  const firstIsHeading = heading !== undefined && first === heading.trim();
  if (first && content.length > 1 && (firstIsHeading || isHeadline(first)) && !dateLine(first) && !parseDateline(first, agencies, lang) && !CREDIT.test(first)) {
    out.title = first;
    content.shift();
  }
  let orgLine: string | undefined;
  let datelineTried = 0;
  for (const [i, line] of content.entries()) {
    const date = dateLine(line);
    const credit = CREDIT.exec(line);
    const byline = BYLINE.exec(line);
    const source = SOURCE.exec(line);
    const link = ONLY_LINK.exec(line);
    if (date && !out.date) { out.date = date; out.dateRaw = line; continue; }
    if (credit) { out.credit = (credit[1] ?? credit[2] ?? credit[3])!.trim(); continue; }
    if (byline) { out.byline = byline[1]!.trim(); continue; }
    if (source && !out.source) { out.source = source[1]; continue; }
    if (link && i === content.length - 1) { orgLine = link[1]; continue; }
    const dl = datelineTried++ < 2 && !out.dateline && !out.datelineRaw ? parseDateline(line, agencies, lang) : undefined;
    if (dl) {
      if (dl.date && !out.date) { out.date = dl.date; out.dateRaw = dl.raw; }
      out.dateline = dl.city;
      out.datelineRaw = dl.raw;
      if (dl.agency) out.agency = dl.agency;
      else if (dl.agencyText) out.agencyText = dl.agencyText;
      if (dl.author) out.byline = dl.author;
      if (dl.rest) out.paragraphs.push(unlink(dl.rest));
      continue;
    }
    out.paragraphs.push(unlink(line));
  }
  if (!out.agency && out.paragraphs[0]) {
    const cited = citedAgency(out.paragraphs[0], agencies);
    if (cited?.agency) out.agency = cited.agency;
    else out.agencyText ??= cited?.agencyText;
  }
  if (!out.agency && orgLine) {
    out.agency = matchAgency(orgLine, agencies);
    out.agencyText ??= orgLine;
  }
  if (orgLine && out.agency) out.agencyText = orgLine; // kept as written; the agency comment shows it
  else if (out.agency) delete out.agencyText;
  out.countries = findCountries([out.title ?? '', ...out.paragraphs].join('\n'));
  return out;
}

/** Links to "#" lead nowhere: keep their text. */
const unlink = (line: string) => line.replace(/\[([^\]]+)\]\(#?\)/g, '$1');

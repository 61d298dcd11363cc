/**
 * A release's date is an instant plus the IANA time zone it was issued in.
 * Everything a reader sees (the date, the year/month in the URL, archives) is
 * computed in that zone, never in the build machine's zone.
 */
import { bounded } from '../../i18n/format.ts';
import { say } from '../../i18n/messages.ts';

const zones = new Map<string, boolean>();
/** True when `zone` is an IANA time zone name Intl knows, e.g. "Asia/Dushanbe". */
export function isValidZone(zone: string): boolean {
  let ok = zones.get(zone);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      ok = true;
    } catch {
      ok = false;
    }
    zones.set(zone, ok);
  }
  return ok;
}

const partsFormats = new Map<string, Intl.DateTimeFormat>();
/**
 * Parts of each instant in each zone, worked out once: a release's date is written on its page and
 * in every feed that lists it (about ten), each time twice (the date, the offset), and formatToParts
 * was ≈ 1 % of the build's thread (2,000 releases). At most 20,000 kept.
 */
const parts: (date: Date, zone: string) => Record<string, string> = bounded((date, zone) => `${date.getTime()} ${zone}`, formatParts);

function formatParts(date: Date, zone: string): Record<string, string> {
  let fmt = partsFormats.get(zone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-US', {
      timeZone: zone, hourCycle: 'h23', timeZoneName: 'longOffset',
      year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    partsFormats.set(zone, fmt);
  }
  return Object.fromEntries(fmt.formatToParts(date).map((p) => [p.type, p.value]));
}

/** Calendar date and time where the release was issued. */
export function localParts(date: Date, zone: string) {
  const p = parts(date, zone);
  return {
    year: Number(p.year), month: Number(p.month), day: Number(p.day),
    hour: Number(p.hour), minute: Number(p.minute), second: Number(p.second),
  };
}

/** UTC offset of `zone` at `date`, as "+05:00" ("+00:00" for UTC). */
export function zoneOffset(date: Date, zone: string): string {
  const name = parts(date, zone).timeZoneName ?? 'GMT';
  const m = /GMT([+-]\d{2}):?(\d{2})?/.exec(name);
  return m ? `${m[1]}:${m[2] ?? '00'}` : '+00:00';
}

const pad = (n: number) => String(n).padStart(2, '0');

/** ISO 8601 with the release's own offset: "2020-10-07T10:00:00+05:00" (JSON-LD, sitemaps). */
export function isoInZone(date: Date, zone: string): string {
  const p = localParts(date, zone);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}${zoneOffset(date, zone)}`;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** RFC 822 date with the release's own offset: "Wed, 07 Oct 2020 10:00:00 +0500" (RSS pubDate). */
export function rfc822InZone(date: Date, zone: string): string {
  const p = localParts(date, zone);
  const weekday = new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay();
  return `${DAYS[weekday]}, ${pad(p.day)} ${MONTHS[p.month - 1]} ${p.year} ${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)} ${zoneOffset(date, zone).replace(':', '')}`;
}

/** Frontmatter fields holding a date and time. */
export const DATE_FIELDS = ['date', 'updated', 'embargo'];

/** The offset used in examples when the release's own is not known: Dushanbe's. */
export const EXAMPLE_OFFSET = '+05:00';

const FULL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/;
// Forms people write that are not ISO: "2020-10-07 10:00", "07.10.2020 10:00", "2020-10-07".
const SPACED = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
const DOTTED = /^(\d{1,2})[./](\d{1,2})[./](\d{4})(?:[ ,]+(\d{1,2})[:.](\d{2}))?$/;

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const clamp = (n: number, lo: number, hi: number) => Math.min(Math.max(n, lo), hi);

/** The nearest valid ISO date-time to parts someone wrote (month 13 → 12, 30 February → 29). */
function example(y: number, mo: number, d: number, h: number, mi: number, s: number, offset: string): string {
  const month = clamp(mo, 1, 12);
  return `${y}-${pad(month)}-${pad(clamp(d, 1, daysIn(y, month)))}T${pad(clamp(h, 0, 23))}:${pad(clamp(mi, 0, 59))}:${pad(clamp(s, 0, 59))}${offset}`;
}

const validOffset = (o: string) => o === 'Z' || (Number(o.slice(1, 3)) <= 14 && Number(o.slice(4, 6)) <= 59);

/** Why a date-time is refused, and a valid one built from what was written. */
export interface DateRefusal { reason: 'bareDay' | 'noOffset' | 'notReal' | 'form' | 'year'; example: string }

/** Years before this are typing mistakes (0202 for 2020), not press releases. */
const FIRST_YEAR = 1900;

/**
 * Reads a frontmatter date-time strictly: ISO 8601 with `T`, a time and an offset,
 * and a real calendar date and time (no 30 February, no month 13, no 25:00).
 * `offset` goes into the example when the text has none.
 */
export function readDateTime(raw: string, offset = EXAMPLE_OFFSET): { date: Date } | DateRefusal {
  const text = raw.trim();
  const m = FULL.exec(text);
  if (m) {
    const [y, mo, d, h, mi, s] = m.slice(1, 7).map((v) => Number(v ?? 0)) as [number, number, number, number, number, number];
    const real = mo >= 1 && mo <= 12 && d >= 1 && d <= daysIn(y, mo) && h <= 23 && mi <= 59 && s <= 59 && (!m[8] || validOffset(m[8]));
    if (!real) return { reason: 'notReal', example: example(y, mo, d, h, mi, s, m[8] && validOffset(m[8]) ? m[8] : offset) };
    if (!m[8]) return { reason: 'noOffset', example: example(y, mo, d, h, mi, s, offset) };
    if (y < FIRST_YEAR) return { reason: 'year', example: example(new Date().getUTCFullYear(), mo, d, h, mi, s, m[8]) };
    return { date: new Date(text) };
  }
  const spaced = SPACED.exec(text);
  const dotted = DOTTED.exec(text);
  if (spaced || dotted) {
    const [y, mo, d] = spaced ? [spaced[1], spaced[2], spaced[3]].map(Number) : [dotted![3], dotted![2], dotted![1]].map(Number);
    const [h, mi, s] = (spaced ? [spaced[4], spaced[5], spaced[6]] : [dotted![4], dotted![5], undefined]).map((v) => (v === undefined ? undefined : Number(v)));
    const zone = spaced?.[7] ? (spaced[7].toUpperCase() === 'Z' ? 'Z' : `${spaced[7].slice(0, 3)}:${spaced[7].slice(-2)}`) : offset;
    const reason = h === undefined && spaced && /^\d{4}-\d{2}-\d{2}$/.test(text) ? 'bareDay' : 'form';
    return { reason, example: example(y!, mo!, d!, h ?? 10, mi ?? 0, s ?? 0, validOffset(zone) ? zone : offset) };
  }
  return { reason: 'form', example: `2020-10-07T10:00:00${offset}` };
}

/** A date-time field as written in a release's frontmatter, with its line in the file. */
export interface DateSource { field: string; line: number; raw: string }

/**
 * The date fields of a release's source text. YAML turns `date: 2020-02-30T10:00:00+05:00`
 * into 1 March (and `2020-10-07` into midnight UTC) before any schema sees it, so the
 * text itself is what is checked.
 */
export function dateSources(source: string): DateSource[] {
  const fm = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1];
  if (fm === undefined) return [];
  const found: DateSource[] = [];
  fm.split('\n').forEach((line, i) => {
    const m = /^(\w+):[ \t]*(?:"([^"]*)"|'([^']*)'|([^#\s][^#]*?))?[ \t]*(?:#.*)?\r?$/.exec(line);
    const raw = m?.[2] ?? m?.[3] ?? m?.[4];
    if (m && DATE_FIELDS.includes(m[1]!) && raw !== undefined) found.push({ field: m[1]!, line: i + 2, raw });
  });
  return found;
}

/** The message for a refused date-time, in the press officer's language. */
export const dateMessage = (raw: string, r: DateRefusal): string =>
  say(`date.${r.reason}`, { value: raw.trim(), example: r.example });

/** Every date field of a release's source that is not a real date, time and offset, with its line. */
export function dateProblems(source: string, offset = EXAMPLE_OFFSET): { field: string; line: number; message: string }[] {
  return dateSources(source).flatMap(({ field, line, raw }) => {
    const read = readDateTime(raw, offset);
    return 'date' in read ? [] : [{ field, line, message: dateMessage(raw, read) }];
  });
}

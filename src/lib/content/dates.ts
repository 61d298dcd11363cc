/**
 * A release's date is an instant plus the IANA time zone it was issued in.
 * Everything a reader sees (the date, the year/month in the URL, archives) is
 * computed in that zone, never in the build machine's zone.
 */

/** True when `zone` is an IANA time zone name Intl knows, e.g. "Asia/Dushanbe". */
export function isValidZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const partsFormats = new Map<string, Intl.DateTimeFormat>();
function parts(date: Date, zone: string): Record<string, string> {
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

/** Why a date written as a bare day is refused; undefined when `raw` is not one. */
export function bareDayMessage(raw: string): string | undefined {
  return /^\d{4}-\d{2}-\d{2}$/.test(raw)
    ? `"${raw}" has no time and offset, so it would be read as midnight UTC; write e.g. ${raw}T10:00:00+05:00`
    : undefined;
}

/**
 * Date fields written as a bare day in a release's source. YAML reads `date: 2020-10-07`
 * as midnight UTC before any schema sees it, so the text itself has to be checked.
 */
export function bareDayFields(source: string): { field: string; message: string }[] {
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '';
  return [...frontmatter.matchAll(/^(\w+):[ \t]*(["']?)(\d{4}-\d{2}-\d{2})\2[ \t]*(?:#.*)?$/gm)]
    .filter((m) => DATE_FIELDS.includes(m[1]!))
    .map((m) => ({ field: m[1]!, message: bareDayMessage(m[3]!)! }));
}

/**
 * The date range of a search as Pagefind filters. Pagefind matches filter
 * values exactly, so each release is indexed with its local day
 * (`day: 2020-10-07`) besides its year; a range becomes the whole years it
 * covers plus the single days at its ends. That keeps the filter small
 * (at most two partial years of days) whatever the span. Pure.
 */

/** Whether `v` is a real calendar day written YYYY-MM-DD. */
export function isDay(v: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

/** The local day of a release as its `day` filter value. */
export const dayValue = (local: { year: number; month: number; day: number }): string =>
  `${String(local.year).padStart(4, '0')}-${String(local.month).padStart(2, '0')}-${String(local.day).padStart(2, '0')}`;

const DAY_MS = 86_400_000;
const next = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);

/** A day value no release has: filtering by it matches nothing. */
export const NO_DAY = '0000-00-00';

/**
 * The alternatives (Pagefind's top-level `any`) that match releases from
 * `from` to `to`, both included. `bounds` are the first and last release days of
 * the site: no release lies outside them, so a year cut only by them is whole.
 */
export function dateRangeFilter(from: string, to: string, bounds: { min: string; max: string }): Record<string, unknown>[] {
  const lo = from > bounds.min ? from : bounds.min;
  const hi = to < bounds.max ? to : bounds.max;
  if (lo > hi) return [{ day: NO_DAY }];
  const years: string[] = [];
  const days: string[] = [];
  for (let y = Number(lo.slice(0, 4)); y <= Number(hi.slice(0, 4)); y++) {
    const first = `${String(y).padStart(4, '0')}-01-01`;
    const last = `${String(y).padStart(4, '0')}-12-31`;
    const start = first > lo ? first : lo;
    const end = last < hi ? last : hi;
    const wholeYear = (start === first || start <= bounds.min) && (end === last || end >= bounds.max);
    if (wholeYear) years.push(String(y));
    else for (let d = start; d <= end; d = next(d)) days.push(d);
  }
  return [...(years.length ? [{ year: { any: years } }] : []), ...(days.length ? [{ day: { any: days } }] : [])];
}

/** How the site writes a day (`formatDate`), made at build time by `datePatterns` (src/i18n/format.ts). */
export interface DayPatterns {
  /** One per month, with `{d}` and `{y}` ("{d} января {y} г."); empty when the language's dates could not be read so. */
  months: string[];
  /** The language's ten digits, 0 to 9. */
  digits: string;
}

/**
 * A day (YYYY-MM-DD) as the rest of the site writes it ("7 января 2020 г.", "7 January 2020",
 * "7 январ 2020"), with no date data needed in the browser (Chromium has none for Tajik).
 * Written as it is when there are no patterns or it is not a day.
 */
export function writeDay(day: string, patterns: DayPatterns): string {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const pattern = parts && patterns.months[Number(parts[2]) - 1];
  if (!pattern) return day;
  const digits = [...patterns.digits];
  const number = (n: string) => String(Number(n)).replace(/\d/g, (d) => digits[Number(d)] ?? d);
  return pattern.replace('{d}', number(parts[3]!)).replace('{y}', number(parts[1]!));
}

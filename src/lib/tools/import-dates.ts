/**
 * Dates as agencies write them, in Russian, Tajik and English: numeric
 * (07.10.2020, 2020-10-07, 7/10/2020) or with a month name in any grammatical
 * form (Russian genitive "мая", Tajik izofat "сентябри", "Oct."), with or
 * without the year ("27 сентябри соли 2025", "19 мая 2025 г.", "October 7, 2024").
 */

/** A calendar day; `year` is missing when the text does not give one. */
export interface TextDate { day: number; month: number; year?: number; hour?: number; minute?: number }

// Each month: the stems of its names; any of them may be followed by a case or izofat ending.
const MONTHS: string[][] = [
  ['январ', 'янв', 'january', 'jan'],
  ['феврал', 'фев', 'february', 'feb'],
  ['март', 'мар', 'march', 'mar'],
  ['апрел', 'апр', 'april', 'apr'],
  ['ма[йя]', 'may'],
  ['июн', 'june', 'jun'],
  ['июл', 'july', 'jul'],
  ['август', 'авг', 'august', 'aug'],
  ['сентябр', 'сент', 'сен', 'september', 'sept', 'sep'],
  ['октябр', 'окт', 'october', 'oct'],
  ['ноябр', 'ноя', 'november', 'nov'],
  ['декабр', 'дек', 'december', 'dec'],
];
// Endings after a stem: Russian "ь/я/а/е", Tajik izofat "и/-и/и" and "-и", an abbreviation's dot.
const ENDING = '(?:[ьяаеи]|йи|ьи|-и)?\\.?';
const MONTH_SRC = `(?<month>${MONTHS.map((stems) => stems.join('|')).join('|')})${ENDING}`;
const YEAR = '(?<year>(?:19|20)\\d\\d)';
// "2025 года", "2025 г.", "соли 2025", "с. 2025"
const YEAR_WORDS = `(?:(?:соли|с\\.)\\s*)?${YEAR}(?:\\s*(?:года|год|г\\.|г(?![\\p{L}])|сол))?`;
const DAY = '(?<day>[0-3]?\\d)(?:-?(?:ум|уми|ом|оми|th|st|nd|rd))?';
const TIME = '(?:[,\\s]+(?:в\\s|соати\\s|at\\s)?(?<hour>[0-2]?\\d)[:.](?<minute>[0-5]\\d)(?![\\d.]))?';
const FLAGS = 'iu';

/** Date shapes, most specific first; each is anchored by the caller. */
export const DATE_SHAPES: string[] = [
  `${DAY}[./](?<mnum>[01]?\\d)[./]${YEAR}${TIME}`, // 07.10.2020
  `${YEAR}-(?<mnum>[01]\\d)-(?<day>[0-3]\\d)${TIME}`, // 2020-10-07
  `${DAY}\\s+(?:моҳи\\s+)?${MONTH_SRC}(?:,?\\s+${YEAR_WORDS})?${TIME}`, // 27 сентябри соли 2025, 7 October 2024
  `${MONTH_SRC}\\s+${DAY}(?:,?\\s+${YEAR})?${TIME}`, // October 7, 2024
  `(?<day>[0-3]?\\d)\\.(?<mnum>[01]?\\d)(?![.\\d])${TIME}`, // 07.10 (no year)
];

const monthOf = (word: string): number => {
  const w = word.toLowerCase();
  return MONTHS.findIndex((stems) => stems.some((s) => new RegExp(`^(?:${s})`, 'u').test(w))) + 1;
};

/** The date a regex match of one of DATE_SHAPES stands for, or undefined if it is not a calendar day. */
export function dateOf(groups: Record<string, string | undefined>): TextDate | undefined {
  const month = groups.mnum ? Number(groups.mnum) : monthOf(groups.month ?? '');
  const day = Number(groups.day);
  const year = groups.year ? Number(groups.year) : undefined;
  if (!(month >= 1 && month <= 12) || !(day >= 1 && day <= daysIn(month, year ?? 2024))) return undefined;
  const out: TextDate = { day, month, ...(year ? { year } : {}) };
  if (groups.hour !== undefined && Number(groups.hour) < 24) Object.assign(out, { hour: Number(groups.hour), minute: Number(groups.minute) });
  return out;
}

const daysIn = (month: number, year: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** A date at the very start of `text` (and how many characters it took), or undefined. */
export function dateAtStart(text: string): { date: TextDate; length: number } | undefined {
  for (const shape of DATE_SHAPES) {
    const m = new RegExp(`^${shape}(?![\\p{L}\\d])`, FLAGS).exec(text);
    const date = m?.groups && dateOf(m.groups);
    if (m && date) return { date, length: m[0].length };
  }
  return undefined;
}

/** A line that is nothing but a date ("15.04.2020", "19 мая 2025 года"). */
export function dateLine(line: string): TextDate | undefined {
  const t = line.replace(/[.\s]+$/, '');
  const found = dateAtStart(t);
  return found && found.length === t.length ? found.date : undefined;
}

/**
 * The year a date without one most likely has: the year in the original's
 * address when it has one (/2025/09/, 2025-09-27, 20250927), else the latest
 * year that does not put the day after `today`.
 */
export function likelyYear(date: TextDate, source: string | undefined, today: Date): { year: number; from: 'source' | 'today' } {
  const m = source && /(?:^|[^\d])((?:19|20)\d\d)(?:[/_-]?(?:0[1-9]|1[0-2]))?(?=[^\d]|$)/.exec(source.replace(/^https?:\/\/[^/]+/, ''));
  if (m) return { year: Number(m[1]), from: 'source' };
  const y = today.getUTCFullYear();
  const candidate = Date.UTC(y, date.month - 1, date.day);
  return { year: candidate > today.getTime() ? y - 1 : y, from: 'today' };
}

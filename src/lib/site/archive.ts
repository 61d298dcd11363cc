/**
 * Ways through a year archive: each month's first page (to jump to it across
 * pagination) and the neighbouring years that have releases.
 */
import type { Release } from '../content/release.ts';
import { pagePath } from '../content/urls.ts';

export interface MonthLink {
  month: number;
  /** Site path of the page where the month starts, with the anchor of its heading. */
  href: string;
  count: number;
}

/** Anchor of a month heading, the same on every page. */
export const monthId = (year: number, month: number) => `month-${year}-${String(month).padStart(2, '0')}`;

/**
 * The months of one year's list, each linked on the page where its newest release
 * is: `pages` as paginate() gives them (front page first, then numbered pages
 * newest first), each page's items newest first.
 */
export function monthLinks(pages: { number: number; items: Pick<Release, 'local'>[] }[], first: string): MonthLink[] {
  const links: MonthLink[] = [];
  for (const page of pages) {
    for (const r of page.items) {
      const last = links.at(-1);
      if (last && last.month === r.local.month) {
        last.count++;
        continue;
      }
      links.push({ month: r.local.month, href: `${pagePath(first, page.number)}#${monthId(r.local.year, r.local.month)}`, count: 1 });
    }
  }
  return links;
}

/** The nearest earlier and later years among `years` (those with releases in the language). */
export function neighbourYears(years: Iterable<string>, year: string): { prev?: string; next?: string } {
  const sorted = [...years].map(Number).sort((a, b) => a - b);
  const y = Number(year);
  const prev = sorted.filter((x) => x < y).at(-1);
  const next = sorted.find((x) => x > y);
  return { prev: prev === undefined ? undefined : String(prev), next: next === undefined ? undefined : String(next) };
}

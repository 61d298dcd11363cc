/** Reading index pages of the built fixture: what release pages say, what lists show. */
import { htmlPages, page } from './dist.ts';

export interface BuiltRelease {
  path: string;
  lang: string;
  date: string;
  countries: string[];
}
let cache: BuiltRelease[] | undefined;

/** What the built release pages themselves say: language, date, countries (read once). */
export function builtReleases(): BuiltRelease[] {
  return (cache ??= htmlPages()
    .filter((f) => /^[a-z]{2}\/\d{4}\/\d\d\/\d\d\/[^/]+\/index\.html$/.test(f))
    .map((f) => {
      const doc = page(`/${f}`);
      return {
        path: `/${f.replace(/index\.html$/, '')}`,
        lang: f.slice(0, 2),
        date: doc.querySelector('.release-header time')!.getAttribute('datetime')!,
        countries: [...doc.querySelectorAll('.participants [data-country]')].map((li) => li.getAttribute('data-country')!),
      };
    }));
}

/** Release links of a paginated list, following rel=next from its first page. */
export function listed(first: string): string[][] {
  const pages: string[][] = [];
  for (let path: string | null = first; path; ) {
    const doc = page(path);
    pages.push([...doc.querySelectorAll('.release-list-title a')].map((a) => a.getAttribute('href')!));
    path = doc.querySelector('.pagination a[rel="next"]')?.getAttribute('href') ?? null;
  }
  return pages;
}

/** Newest first by ISO date-time. */
export const newestFirst = (a: { date: string }, b: { date: string }) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0);

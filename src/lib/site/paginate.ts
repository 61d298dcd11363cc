/**
 * Pagination that stays put as releases are added.
 *
 * Numbering pages from the newest ("page 2 = releases 21–40") moves every release
 * to another page whenever one is added, so each new release re-rendered every page
 * of every list it joined (hundreds at 10,000 releases). Here pages are cut from the
 * oldest end: page 1 holds the 20 oldest, page 2 the next 20, and so on; a page,
 * once full, keeps its releases for good. The list's front page (its own address,
 * no number) shows the newest: the last full page's releases and those that do not
 * fill a page yet, so 20 to 39 of them. A new release re-renders the front page;
 * every 20th one also writes one new numbered page. A numbered page's links reach
 * only two pages either side, so it is rendered again at most three times in its
 * life, when those neighbours appear.
 */
export interface Page<T> {
  /** Newest first. */
  items: T[];
  /** 0 for the front page; else the page's number, counted from the oldest (1). */
  number: number;
  /** The next newer page (0 = the front page), none on the front page. */
  newer?: number;
  /** The next older page, none on page 1 or a list of one page. */
  older?: number;
  /** Pages the navigation links, newest first: 0 the front page, null a gap; empty for a one-page list. */
  nav: (number | null)[];
}

/** Neighbours shown either side of a page in its navigation. */
const SPAN = 2;

/** Navigation of page `n` (0 = front) when numbered pages 1..`last` exist. */
function navOf(n: number, last: number): (number | null)[] {
  if (last === 0) return [];
  const top = n === 0 ? last : Math.min(last, n + SPAN);
  const bottom = n === 0 ? Math.max(1, last - SPAN) : Math.max(1, n - SPAN);
  const out: (number | null)[] = [0];
  if (top < last) out.push(null);
  for (let k = top; k >= bottom; k--) out.push(k);
  if (bottom > 2) out.push(null);
  if (bottom > 1) out.push(1);
  return out;
}

/** Splits a newest-first list into a front page and numbered pages; an empty list has one empty page. */
export function paginate<T>(newestFirst: readonly T[], size: number): Page<T>[] {
  const n = newestFirst.length;
  // Numbered pages: every full page of `size` but the newest, which the front page shows.
  const last = Math.max(0, Math.floor(n / size) - 1);
  const front: Page<T> = {
    items: newestFirst.slice(0, n - last * size),
    number: 0,
    older: last > 0 ? last : undefined,
    nav: navOf(0, last),
  };
  const numbered = Array.from({ length: last }, (_, i): Page<T> => {
    const k = last - i; // newest numbered page first
    return {
      items: newestFirst.slice(n - k * size, n - (k - 1) * size),
      number: k,
      newer: k < last ? k + 1 : 0,
      older: k > 1 ? k - 1 : undefined,
      nav: navOf(k, last),
    };
  });
  return [front, ...numbered];
}

/** The `[...page]` route parameter of page n: undefined for the front page, "page/3" for page 3. */
export const pageParam = (n: number): string | undefined => (n === 0 ? undefined : `page/${n}`);

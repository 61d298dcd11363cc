/** Splits a list into pages; an empty list still has one (empty) page. */
export interface Page<T> {
  items: T[];
  /** 1-based page number. */
  current: number;
  total: number;
}

export function paginate<T>(items: T[], size: number): Page<T>[] {
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, i) => ({ items: items.slice(i * size, (i + 1) * size), current: i + 1, total }));
}

/**
 * Page numbers to show around `current`: the first, the last and two either
 * side, with null where numbers are skipped. Keeps pages light at 500 pages.
 */
export function pageWindow(current: number, total: number, span = 2): (number | null)[] {
  const out: (number | null)[] = [];
  for (let n = 1; n <= total; n++) {
    if (n === 1 || n === total || Math.abs(n - current) <= span) out.push(n);
    else if (out.at(-1) !== null) out.push(null);
  }
  return out;
}

/** The `[...page]` route parameter of page n: undefined for the first page, "page/2" after. */
export const pageParam = (n: number): string | undefined => (n <= 1 ? undefined : `page/${n}`);

/**
 * What the search page shows: result items, the counts beside the filter
 * options, and the pointer to other languages. Text only (textContent), so
 * nothing from the index is ever parsed as markup.
 */
import { buildExcerpt } from '../lib/search/excerpt.ts';
import { withoutKeys } from '../lib/search/query.ts';
import { formatCount, type NumberStyle } from '../lib/search/numbers.ts';
import { FACETS, type Facet } from '../lib/search/state.ts';
import type { ResultData } from './search-pagefind.ts';
import type { LinkStrings } from './search-link.ts';

export interface Strings extends LinkStrings {
  found: string;
  none: string;
  loading: string;
  error: string;
  empty: string;
  elsewhere: string;
  elsewhereItem: string;
  /** The page's title with a query: `{query}`, `{title}`. */
  titleQuery: string;
  count: Record<string, string>;
}

/** "12 пресс-релизов": plural form by Intl.PluralRules, digits in the page's own style. */
export function counter(lang: string, strings: Strings, numbers: NumberStyle): (n: number) => string {
  const rules = new Intl.PluralRules(lang);
  return (n) => (strings.count[rules.select(n)] ?? strings.count.other!).replace('{count}', formatCount(n, numbers));
}

/** One result: linked title, date and agency, excerpt with the hits marked. */
export function resultItem(r: ResultData): HTMLLIElement {
  const li = document.createElement('li');
  const h2 = document.createElement('h2');
  const a = document.createElement('a');
  a.href = r.url;
  a.textContent = r.meta.title ?? r.url;
  h2.append(a);
  const meta = document.createElement('p');
  meta.className = 'meta';
  const time = document.createElement('time');
  if (r.meta.datetime) time.dateTime = r.meta.datetime;
  time.textContent = r.meta.date ?? '';
  meta.append(time, ' · ', r.meta.agency ?? '');
  const excerpt = document.createElement('p');
  excerpt.className = 'excerpt';
  // Tajik page text carries the index's search keys (word^^key): readers see the words only.
  const anchors = (r.anchors ?? []).map((a) => ({ ...a, text: withoutKeys(a.text) }));
  for (const part of buildExcerpt(withoutKeys(r.content), r.locations, r.meta.title ?? '', 30, anchors)) {
    if (!part.hit) excerpt.append(part.text);
    else {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      excerpt.append(mark);
    }
  }
  li.append(h2, meta, excerpt);
  return li;
}

/** Writes each option's count beside it; `undefined` clears them (nothing searched yet). */
export function showCounts(form: HTMLFormElement, counts: Partial<Record<Facet, Record<string, number>>> | undefined, numbers: NumberStyle): void {
  for (const f of FACETS) {
    for (const box of form.querySelectorAll<HTMLInputElement>(`input[name="${f}"]`)) {
      const n = counts?.[f]?.[box.dataset.label!] ?? 0;
      const span = box.parentElement!.querySelector<HTMLElement>('.search-count')!;
      span.textContent = counts ? formatCount(n, numbers) : '';
      box.closest('li')!.classList.toggle('search-none', Boolean(counts) && n === 0 && !box.checked);
    }
  }
}

export interface Elsewhere {
  lang: string;
  name: string;
  search: string;
  count: number;
}

/** "In other languages: English: 5 press releases" with a link to each of those searches. */
export function showElsewhere(box: HTMLElement, found: Elsewhere[], q: string, strings: Strings, count: (n: number) => string): void {
  const hits = found.filter((f) => f.count > 0);
  box.hidden = hits.length === 0;
  if (box.hidden) return box.replaceChildren();
  const title = document.createElement('p');
  title.textContent = strings.elsewhere;
  const list = document.createElement('ul');
  for (const f of hits) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = `${f.search}?${new URLSearchParams({ q })}`;
    a.hreflang = f.lang;
    a.textContent = strings.elsewhereItem.replace('{language}', f.name).replace('{results}', count(f.count));
    li.append(a);
    list.append(li);
  }
  box.replaceChildren(title, list);
}

/**
 * Index pages (countries, agencies, topics, years) as data, free of Astro so
 * it can be unit tested. Releases are grouped in one pass per build; pages
 * then look their list up instead of filtering every release.
 */
import { collator } from '../../i18n/format.ts';
import type { Alternate } from './nav.ts';
import type { EntryLike, Release } from '../content/release.ts';

/** What a release can be listed under. */
export type Facet = 'country' | 'agency' | 'topic' | 'year';
export const FACETS: readonly Facet[] = ['country', 'agency', 'topic', 'year'];

/** Facet → language → key → releases, newest first. Country keys are ISO codes ("TJ"), years "2020". */
export type Groups<R> = Record<Facet, Map<string, Map<string, R[]>>>;

/** The keys a release is listed under, each once (a code repeated in a file counts once). */
export function facetKeys(r: Release): Record<Facet, string[]> {
  return {
    country: [...new Set(r.data.participants.countries)],
    agency: [r.data.agency.id],
    topic: [...new Set(r.data.topics.map((t) => t.id))],
    year: [String(r.local.year)],
  };
}

/**
 * Groups each language's releases by country, agency, topic and local year.
 * `byLang` lists are newest first and each group keeps that order. One pass:
 * time and memory are linear in the number of (release, key) pairs.
 */
export function groupReleases<E extends EntryLike, R extends Release<E>>(byLang: Map<string, R[]>): Groups<R> {
  const groups = Object.fromEntries(FACETS.map((f) => [f, new Map()])) as Groups<R>;
  for (const [lang, releases] of byLang) {
    const own = FACETS.map((f) => {
      const map = new Map<string, R[]>();
      groups[f].set(lang, map);
      return map;
    });
    for (const r of releases) {
      const keys = facetKeys(r);
      FACETS.forEach((f, i) => {
        for (const key of keys[f]) {
          const list = own[i]!.get(key);
          if (list) list.push(r);
          else own[i]!.set(key, [r]);
        }
      });
    }
  }
  return groups;
}

/** First page of an index list: "/ru/countries/tj/", "/en/agencies/khovar/", "/tg/archive/2020/". */
export function listPath(facet: Facet, lang: string, key: string): string {
  const folder = { country: 'countries', agency: 'agencies', topic: 'topics', year: 'archive' }[facet];
  return `/${lang}/${folder}/${facet === 'country' ? key.toLowerCase() : key}/`;
}

/** The releases of `lang` listed under `key`, newest first; empty when there are none. */
export const listOf = <R>(groups: Groups<R>, facet: Facet, lang: string, key: string): R[] =>
  groups[facet].get(lang)?.get(key) ?? [];

/**
 * The same index page in each language where it exists (the language has at
 * least one release under `key`), in site language order. Missing counterparts
 * are left out, so the switcher and hreflang never point at a 404.
 */
export function alternatesOf<R>(groups: Groups<R>, facet: Facet, key: string, languages: string[]): Alternate[] {
  return languages.filter((lang) => listOf(groups, facet, lang, key).length > 0).map((lang) => ({ lang, path: listPath(facet, lang, key) }));
}

/** An entry of an index list: what it links to, its name in the page language, its count. */
export interface IndexItem {
  key: string;
  name: string;
  count: number;
}

/** Every key of a facet in one language with its count, sorted by name in that language's collation. */
export function indexItems<R>(groups: Groups<R>, facet: Facet, lang: string, name: (key: string) => string): IndexItem[] {
  const items = [...(groups[facet].get(lang) ?? new Map<string, R[]>())].map(([key, list]) => ({ key, name: name(key), count: list.length }));
  const order = collator(lang);
  return items.sort((a, b) => order.compare(a.name, b.name) || (a.key < b.key ? -1 : 1));
}

/**
 * Splits a sorted list into runs by first letter. Letters the language treats
 * as one (A and Å in English, Е and Ё in Russian) share a run, so the runs
 * follow the sort order; the heading is the run's plainest letter, capitalised.
 */
export function byFirstLetter<T extends { name: string }>(items: T[], lang: string): { letter: string; items: T[] }[] {
  const segmenter = new Intl.Segmenter(lang);
  const order = collator(lang);
  // Distinct letters order every continuation the same way; one letter with a
  // diacritic the language ignores lets the next character decide.
  const sameLetter = (a: string, b: string) => Math.sign(order.compare(`${a}z`, `${b}a`)) !== Math.sign(order.compare(`${a}a`, `${b}z`));
  const runs: { letter: string; items: T[] }[] = [];
  for (const item of items) {
    const letter = (segmenter.segment(item.name)[Symbol.iterator]().next().value?.segment ?? '').toLocaleUpperCase(lang);
    const run = runs.at(-1);
    if (run && sameLetter(run.letter, letter)) {
      run.items.push(item);
      // Head the run with the plain letter when it has one: "A" rather than "Å".
      if (letter.normalize('NFD').length < run.letter.normalize('NFD').length) run.letter = letter;
    } else runs.push({ letter, items: [item] });
  }
  return runs;
}

/** Consecutive releases of one local month, for archive pages (input newest first, so months descend). */
export function byMonth<R extends Release>(releases: R[]): { year: number; month: number; releases: R[] }[] {
  const runs: { year: number; month: number; releases: R[] }[] = [];
  for (const r of releases) {
    const run = runs.at(-1);
    if (run && run.year === r.local.year && run.month === r.local.month) run.releases.push(r);
    else runs.push({ year: r.local.year, month: r.local.month, releases: [r] });
  }
  return runs;
}

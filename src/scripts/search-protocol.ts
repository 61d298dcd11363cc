/**
 * What the search page and its worker (search-worker.ts) say to each other.
 * Only plain data crosses: the page sends the search state, the worker answers
 * with counts and the texts of the results to show, never Pagefind's objects.
 */
import type { Facet, SearchState } from '../lib/search/state.ts';
import type { ResultData } from './search-pagefind.ts';

/** What the worker needs to know about the page, sent once. */
export interface Setup {
  bundle: string;
  base: string;
  lang: string;
  /** Localized label of each facet value, as the index stores it. */
  labels: Partial<Record<Facet, Record<string, string>>>;
  bounds: { min: string; max: string };
}

export type Ask =
  /**
   * From the page's first script on a search link (src/lib/search/worker-start.ts): start loading
   * the index before the page is set up; `early`: that script fetches the files listed in
   * start.json and sends them ('files', then each 'file').
   */
  | { kind: 'warm'; bundle: string; base: string; lang: string; early?: boolean }
  | { kind: 'files'; list: string[] }
  /** A file's bytes, or null when the page could not fetch it. */
  | { kind: 'file'; path: string; body: ArrayBuffer | null }
  | { kind: 'open'; setup: Setup }
  /** Resolves once every shard of the page language's index has loaded. */
  | { kind: 'whole' }
  | { kind: 'preload'; state: SearchState }
  /** A search; `n` numbers it, so `more` can ask for its next page. */
  | { kind: 'search'; n: number; state: SearchState }
  | { kind: 'counts'; state: SearchState }
  | { kind: 'more'; n: number }
  | { kind: 'count'; lang: string; q: string };

/** A page of results: their texts, and how many are left after them. */
export interface Page { items: ResultData[]; rest: number }
export interface Found extends Page { total: number }
export type Counts = Partial<Record<Facet, Record<string, number>>>;

export interface Answers {
  warm: null;
  files: null;
  file: null;
  open: null;
  whole: null;
  preload: null;
  search: Found;
  counts: Counts;
  /** Undefined when a newer search replaced that one. */
  more: Page | undefined;
  count: number;
}

export type Message = { id: number; ask: Ask };
export type Reply = { id: number; result?: unknown; error?: string };

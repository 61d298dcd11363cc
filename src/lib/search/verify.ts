/**
 * Drops Pagefind's false hits from a result list (see query.ts): the one step
 * of the search page that needs Pagefind itself, kept apart from the pure
 * functions. The browser bundles it; tests run it against the built index.
 */
import { isRealHit, isRealMatch, wordsAt, type PreparedQuery, type QueryWord } from './query.ts';

/** The part of a Pagefind result this needs: its page text and the locations of the found words. */
export interface CheckedResult {
  data(): Promise<{ content: string; locations: number[] }>;
}
/** The part of Pagefind's browser API this needs. */
export interface Searcher<R extends CheckedResult> {
  search(term: string, options?: object): Promise<{ results: R[] } | null>;
}

/**
 * Up to this many results, each is checked (its page text is loaded anyway to
 * show it). Beyond, a query word counts when its best result is a real match:
 * Pagefind's fallback matches one short key on every page, so the best result
 * tells for all, and a real word ranks its closest forms first.
 */
export const CHECK_EACH_UP_TO = 20;

const realTop = async <R extends CheckedResult>(results: R[], word: QueryWord, lang: string) => {
  if (!results[0]) return false;
  const { content, locations } = await results[0].data();
  return wordsAt(content, locations).some((w) => isRealMatch(word, w, lang));
};

/** `results` (Pagefind's answer to `query.text`) without the pages that match no query word for real. */
export async function realResults<R extends CheckedResult>(pf: Searcher<R>, query: PreparedQuery, lang: string, results: R[]): Promise<R[]> {
  if (!query.words.length || !results.length) return results;
  if (results.length <= CHECK_EACH_UP_TO) {
    const pages = await Promise.all(results.map((r) => r.data()));
    return results.filter((_, i) => isRealHit(query, wordsAt(pages[i]!.content, pages[i]!.locations), lang));
  }
  for (const [i, word] of query.words.entries()) {
    const alone = query.words.length === 1 ? results : (await pf.search(query.terms[i]!))?.results ?? [];
    if (!(await realTop(alone, word, lang))) return [];
  }
  return results;
}

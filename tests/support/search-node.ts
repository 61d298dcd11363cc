/** The built fixture's search, run in Node as the search page runs it: Pagefind's answer without its false hits. */
import { afterAll, beforeAll } from 'vitest';
import { openPagefind, type PagefindSite } from '../../scripts/bench/pagefind-node.ts';
import { prepareQuery } from '../../src/lib/search/query.ts';
import { realResults } from '../../src/lib/search/verify.ts';
import { FIXTURE_DIST } from './fixture.ts';

/** For a test file: opens the fixture's index once; `urls(lang, query)` lists the release paths the page would show, sorted. */
export function useFixtureSearch() {
  let site: PagefindSite;
  beforeAll(async () => { site = await openPagefind(FIXTURE_DIST); });
  afterAll(() => site.close());
  async function find(lang: string, raw: string) {
    const pf = await site.forLang(lang);
    const query = prepareQuery(raw, lang);
    const real = await realResults(pf, query, lang, (await pf.search(query.text)).results);
    return Promise.all(real.map((r) => r.data()));
  }
  const urls = async (lang: string, raw: string) => (await find(lang, raw)).map((d) => d.url).sort();
  return { find, urls, forLang: (lang: string) => site.forLang(lang) };
}

/**
 * Timing helpers for scripts/search-bench.ts, measured inside the page so the
 * figures hold whatever the test driver's own delays: the moment of the last
 * keystroke (the last `input` event) and the moment the search page marks the
 * results for the URL's query as shown (`#search-form[data-done]` equal to
 * location.search), both on the page's performance clock, whose zero is the
 * navigation start; and the page's own marks of that search (search.ts) to
 * split the time into waiting, searching and showing.
 */
import type { Page } from 'playwright-core';

/** Installed before any page script: records input and "results shown" moments. */
export const RECORDER = `(() => {
  const w = window;
  w.__bench = { lastInput: 0, done: [] };
  document.addEventListener('input', () => { w.__bench.lastInput = performance.now(); }, true);
  new MutationObserver((changes) => {
    for (const c of changes) {
      const form = c.target;
      if (c.attributeName === 'data-done' && form.dataset.done === location.search) {
        w.__bench.done.push({ search: location.search, at: performance.now() });
      }
    }
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-done'] });
})();`;

interface Recorded { lastInput: number; done: { search: string; at: number }[] }
const recorded = (tab: Page) => tab.evaluate(() => (window as unknown as { __bench: Recorded }).__bench);

/** Waits until results for the current URL are shown after `since` (page clock); returns that moment. */
export async function resultsShown(tab: Page, since: number, query: string): Promise<number> {
  const isIt = (d: { search: string; at: number }, t: number, q: string) => d.at > t && new URLSearchParams(d.search).get('q') === q;
  await tab.waitForFunction(([t, q]) => {
    const b = (window as unknown as { __bench: Recorded }).__bench;
    return b.done.some((d) => d.at > (t as number) && new URLSearchParams(d.search).get('q') === q);
  }, [since, query] as const, { polling: 'raf', timeout: 120_000 });
  return (await recorded(tab)).done.find((d) => isIt(d, since, query))!.at;
}

/**
 * Types `query` into the search box as a person does (`delay` ms between keys,
 * after clicking into it) and returns the milliseconds from the last keystroke
 * to the results, typing pause included.
 */
export async function typeAndWait(tab: Page, query: string, delay: number, split?: (p: Awaited<ReturnType<typeof phases>>) => void): Promise<number> {
  await tab.click('#search-q');
  await tab.fill('#search-q', '');
  const before = (await recorded(tab)).lastInput;
  await tab.keyboard.type(query, { delay });
  const { lastInput } = await recorded(tab);
  if (lastInput === before) throw new Error('typing produced no input event');
  const shown = await resultsShown(tab, lastInput, query);
  split?.(await phases(tab, lastInput, query));
  return shown - lastInput;
}

/** The number of results the status line reports ("Найдено: 10 000 пресс-релизов" → 10000). */
export async function statusCount(tab: Page): Promise<number> {
  const text = (await tab.locator('#search-status').textContent()) ?? '';
  return Number(text.replace(/\D/g, '')) || 0;
}

/** Where the time after `since` went for the last search of `query`: until it started, Pagefind and the hit check, showing. */
export async function phases(tab: Page, since: number, query: string): Promise<{ wait: number; search: number; show: number } | undefined> {
  const marks = await tab.evaluate(([t, q]) => ['start', 'found', 'shown'].map((step) => performance.getEntriesByName(`search:${step}`)
    .filter((m) => m.startTime > (t as number) && new URLSearchParams((m as PerformanceMark).detail as string).get('q') === q)
    .map((m) => m.startTime)), [since, query] as const);
  const [starts, founds, shown] = marks as [number[], number[], number[]];
  const end = shown.at(-1);
  const start = starts.filter((t) => end !== undefined && t <= end).at(-1);
  const found = founds.filter((t) => start !== undefined && t >= start).at(0);
  if (end === undefined || start === undefined || found === undefined) return undefined;
  return { wait: start - since, search: found - start, show: end - found };
}

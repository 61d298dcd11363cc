/**
 * Timing helpers for scripts/search-bench.ts, measured inside the page so the
 * figures hold whatever the test driver's own delays: the moment of the last
 * keystroke (the last `input` event) and the moment the search page marks the
 * results for the URL's query as shown (`#search-form[data-done]` equal to
 * location.search), both on the page's performance clock, whose zero is the
 * navigation start.
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
export async function typeAndWait(tab: Page, query: string, delay: number): Promise<number> {
  await tab.click('#search-q');
  await tab.fill('#search-q', '');
  const before = (await recorded(tab)).lastInput;
  await tab.keyboard.type(query, { delay });
  const { lastInput } = await recorded(tab);
  if (lastInput === before) throw new Error('typing produced no input event');
  const shown = await resultsShown(tab, lastInput, query);
  return shown - lastInput;
}

/** The number of results the status line reports ("Найдено: 10 000 пресс-релизов" → 10000). */
export async function statusCount(tab: Page): Promise<number> {
  const text = (await tab.locator('#search-status').textContent()) ?? '';
  return Number(text.replace(/\D/g, '')) || 0;
}

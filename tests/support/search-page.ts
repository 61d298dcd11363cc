/** Opening the search page in a test file: one server and browser per file, and no script error on any tab. */
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, expect } from 'vitest';
import { useSite } from './browser.ts';

/**
 * For a search test file. `settled` says when the page has answered the URL's search;
 * `open(path)` waits for it. Every script error on a tab opened this way fails the test.
 */
export function useSearchPage(settled: (tab: Page) => Promise<unknown>) {
  const site = useSite();
  const errors: Error[] = [];
  beforeEach(() => { errors.length = 0; });
  afterEach(() => expect(errors.map(String)).toEqual([]));
  async function open(path: string, viewport?: { width: number; height: number }): Promise<Page> {
    const tab = await (await site.browser.newContext(viewport ? { viewport } : {})).newPage();
    tab.on('pageerror', (e) => errors.push(e));
    await tab.goto(site.base + path);
    await settled(tab);
    return tab;
  }
  return { site, open };
}

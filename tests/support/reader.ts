/** What a reader sees, measured in a real page. */
import type { Page } from 'playwright-core';

/** How many CSS pixels the page is wider than the viewport (> 0 means horizontal scrolling). */
export const overflowX = (tab: Page): Promise<number> =>
  tab.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** For each selector: is any matching element rendered (takes up space) in the current media? */
export const rendered = (tab: Page, selectors: string[]): Promise<Record<string, boolean>> =>
  tab.evaluate((list) => Object.fromEntries(list.map((s) => [s, [...document.querySelectorAll(s)].some((e) => e.getClientRects().length > 0)])), selectors);

/** Print media: the chrome that must disappear and the article that must stay. */
export const PRINT_HIDDEN = ['.site-header nav', '.lang-switch', '.search-box', '.site-footer', '.skip-link'];
export const PRINT_SHOWN = ['article', 'article h1', 'article .body'];

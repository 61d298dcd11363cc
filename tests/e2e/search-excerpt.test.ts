import { describe, expect, it } from 'vitest';
import { useSite } from '../support/browser.ts';
import { page as builtPage } from '../support/dist.ts';

const site = useSite();
const JAPAN = '/en/2026/03/04/foreign-ministers-of-tajikistan-and-japan-meet-in-tokyo/';

const settled = (tab: import('playwright-core').Page) =>
  tab.waitForFunction(() => document.querySelector<HTMLFormElement>('#search-form')?.dataset.done === location.search);

describe('the search page with the index side\'s query preparation', () => {
  it('answers nothing found for absent words instead of a short-prefix match', async () => {
    const tab = await (await site.browser.newContext()).newPage();
    for (const q of ['пошлины', 'корабль', 'санкции']) {
      await tab.goto(`${site.base}/ru/search/?q=${encodeURIComponent(q)}`);
      await settled(tab);
      expect(await tab.locator('#search-status').textContent(), q).toMatch(/^Ничего не найдено/);
      expect(await tab.locator('#search-results li').count(), q).toBe(0);
    }
    await tab.context().close();
  });

  it('finds Tajik typed on a Russian keyboard as written with Tajik letters, excerpts without index keys', async () => {
    const tab = await (await site.browser.newContext()).newPage();
    const links = async (q: string) => {
      await tab.goto(`${site.base}/tg/search/?q=${encodeURIComponent(q)}`);
      await settled(tab);
      return tab.locator('#search-results h2 a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    };
    const tajik = await links('Тоҷикистон');
    expect(tajik.length).toBeGreaterThan(0);
    expect(await links('Точикистон')).toEqual(tajik);
    expect(await tab.locator('#search-results .excerpt').first().textContent()).not.toContain('^^');
    await tab.context().close();
  });
});

describe('search result excerpts in a real browser', () => {
  it('shows whole words with an ellipsis where cut, without the title or the footnote apparatus', async () => {
    const tab = await (await site.browser.newContext()).newPage();
    await tab.goto(`${site.base}/en/search/?q=scholarships`);
    await tab.waitForFunction(() => document.querySelector<HTMLFormElement>('#search-form')?.dataset.done === location.search);
    const item = tab.locator(`#search-results li:has(a[href="${JAPAN}"])`);
    const excerpt = (await item.locator('.excerpt').textContent())!;
    const doc = builtPage(JAPAN);
    const title = doc.querySelector('h1')!.textContent!;
    const label = doc.querySelector('#footnote-label')!.textContent!;
    expect(await item.locator('.excerpt mark').allTextContents()).toEqual(['scholarships']);
    expect(excerpt).not.toContain(title);
    expect(excerpt).not.toContain(label);
    expect(excerpt).not.toContain('↩');
    expect(excerpt).not.toMatch(/care 1/);
    expect(excerpt.startsWith('… ')).toBe(true);
    // Every word is a whole word of the page.
    const text = doc.querySelector('article')!.textContent!.replace(/\s+/g, ' ');
    for (const word of excerpt.replace(/…/g, '').trim().split(' ')) expect(text, word).toContain(word.replace(/[.,]$/, ''));
    await tab.context().close();
  });

  it('reads table header and data cells as separate sentences', async () => {
    const tab = await (await site.browser.newContext()).newPage();
    await tab.goto(`${site.base}/en/search/?q=venue`);
    await settled(tab);
    const excerpts = await tab.locator('#search-results .excerpt').allTextContents();
    expect(excerpts.length).toBeGreaterThan(0);
    // The fixture's table: header cells Year, Venue, Level, then the first row.
    expect(excerpts.join('\n')).toContain('Year. Venue. Level. 2026. Dushanbe. Deputy ministers.');
    await tab.context().close();
  });
});

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { STRINGS } from '../../src/i18n/strings.ts';
import { useSearchPage } from '../support/search-page.ts';

/** Results for the URL's current search are on screen. */
const settled = (tab: Page) => tab.waitForFunction(() => {
  const form = document.querySelector<HTMLFormElement>('#search-form');
  return form && !form.hidden && form.dataset.done === location.search;
});
const { site, open } = useSearchPage(settled);
const sortParam = (tab: Page) => new URL(tab.url()).searchParams.get('sort');
const relevanceOffered = (tab: Page) => tab.locator('#search-sort option[value="relevance"]').evaluate((o) => !(o as HTMLOptionElement).disabled);
const days = (tab: Page) => tab.locator('#search-results time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
const typeQuery = async (tab: Page, q: string) => {
  await tab.fill('#search-q', q);
  await tab.waitForFunction((q) => (new URLSearchParams(location.search).get('q') ?? '') === q, q);
  await settled(tab);
};

describe('the search form in a real browser', () => {
  it('shows in the order menu the order used: newest first without words, the reader\'s choice with them', async () => {
    const tab = await open('/en/search/?year=2019');
    expect(await tab.inputValue('#search-sort')).toBe('newest');
    expect(await relevanceOffered(tab), 'no words: nothing to rank by').toBe(false);
    expect(sortParam(tab)).toBeNull();
    await typeQuery(tab, 'Tajikistan');
    expect(await tab.inputValue('#search-sort')).toBe('relevance');
    expect(await relevanceOffered(tab)).toBe(true);
    expect(sortParam(tab)).toBeNull();
    await typeQuery(tab, '');
    expect(await tab.inputValue('#search-sort')).toBe('newest');
    // A choice made without words is kept when words come.
    await tab.selectOption('#search-sort', 'oldest');
    await tab.waitForFunction(() => new URLSearchParams(location.search).get('sort') === 'oldest');
    await settled(tab);
    const oldest = await days(tab);
    expect(oldest).toEqual([...oldest].sort());
    await typeQuery(tab, 'Tajikistan');
    expect(await tab.inputValue('#search-sort')).toBe('oldest');
    expect(sortParam(tab)).toBe('oldest');
    // A link without words that asks for relevance gets (and shows) newest first.
    await tab.goto(`${site.base}/en/search/?year=2019&sort=relevance`);
    await settled(tab);
    expect(await tab.inputValue('#search-sort')).toBe('newest');
    const newest = await days(tab);
    expect(newest.length).toBeGreaterThan(1);
    expect(newest).toEqual([...newest].sort().reverse());
    await tab.context().close();
  });

  it('writes the days of the filter summary and of the turned-range note as the site writes dates, in each language', async () => {
    const expected = {
      ru: ['1 января 2020 г.', '1 января 2026 г.'],
      en: ['1 January 2020', '1 January 2026'],
      // Chromium has no Tajik date data: the page must not rely on Intl for it.
      tg: ['1 январ 2020', '1 январ 2026'],
    };
    for (const [lang, [from, to]] of Object.entries(expected)) {
      const strings = STRINGS[lang]!;
      const tab = await open(`/${lang}/search/?from=2026-01-01&to=2020-01-01`);
      expect(await tab.locator('#search-note').textContent(), lang)
        .toBe(strings['search.swapped']!.replace('{from}', from!).replace('{to}', to!));
      expect(await tab.locator('#search-filters summary').textContent(), lang)
        .toBe(`${strings['search.filters']} (2): ${strings['search.from']} ${from}, ${strings['search.to']} ${to}`);
      await tab.context().close();
    }
  });

  it('keeps every agency and country name wholly readable in its box, at 1280 and at 390 px', async () => {
    for (const viewport of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
      for (const lang of ['ru', 'en', 'tg', 'ar']) {
        const tab = await open(`/${lang}/search/?q=2020`, viewport);
        await tab.evaluate(() => { (document.getElementById('search-filters') as HTMLDetailsElement).open = true; });
        // The sample's names are short; real ones can hold a word wider than the column.
        if (lang === 'ru') {
          await tab.evaluate(() => {
            const label = document.querySelector('fieldset[data-facet="agency"] li label')!;
            const text = [...label.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())!;
            text.textContent = ' Министерство внешнеэкономической деятельности Республики Таджикистан ';
          });
        }
        const cut = await tab.evaluate(() => [...document.querySelectorAll<HTMLElement>('fieldset[data-facet="agency"] li label, fieldset[data-facet="country"] li label')]
          .filter((label) => {
            const box = label.closest('ul')!.getBoundingClientRect();
            const own = label.getBoundingClientRect();
            const count = label.querySelector('.search-count')!.getBoundingClientRect();
            return label.scrollWidth > label.clientWidth || own.left < box.left - 0.5 || own.right > box.right + 0.5 || count.left < box.left - 0.5 || count.right > box.right + 0.5
              || label.closest('ul')!.scrollWidth > label.closest('ul')!.clientWidth;
          })
          .map((label) => label.textContent!.trim()));
        expect(cut, `${lang} at ${viewport.width} px`).toEqual([]);
        await tab.context().close();
      }
    }
  });
});

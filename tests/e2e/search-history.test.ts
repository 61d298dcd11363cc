import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { STRINGS } from '../../src/i18n/strings.ts';
import { useSearchPage } from '../support/search-page.ts';
import { page } from '../support/dist.ts';

/** Results for the URL's current search are on screen. */
const settled = (tab: Page) => tab.waitForFunction(() => {
  const form = document.querySelector<HTMLFormElement>('#search-form');
  return form && !form.hidden && form.dataset.done === location.search;
});
const { site, open } = useSearchPage(settled);
const hinted = (tab: Page) => tab.waitForFunction(() => document.querySelector<HTMLFormElement>('#search-form')?.dataset.hinted === location.search);
const query = (tab: Page) => new URL(tab.url()).searchParams.get('q');
/** The built page's own title, as Base.astro writes it. */
const plainTitle = (lang: string) => page(`/${lang}/search/`).querySelector('title')!.textContent!;
/** A fresh tab on the English search for «Tajikistan», reached from the English front page. */
async function fromFrontPage(): Promise<Page> {
  const tab = await (await site.browser.newContext()).newPage();
  await tab.goto(`${site.base}/en/`);
  await tab.goto(`${site.base}/en/search/?q=Tajikistan`);
  await settled(tab);
  return tab;
}
/** Types `words` at the end of the search box and waits for that search's results. */
async function typeOn(tab: Page, words: string): Promise<void> {
  const q = `${await tab.inputValue('#search-q')}${words}`;
  await tab.click('#search-q');
  await tab.keyboard.press('End');
  await tab.keyboard.type(words, { delay: 30 });
  await tab.waitForURL((u) => u.searchParams.get('q') === q);
  await settled(tab);
}
const titled = (lang: string, q: string) => STRINGS[lang]!['search.title.query']!.replace('{query}', q).replace('{title}', plainTitle(lang));

describe('search history and title in a real browser', () => {
  it('names the query in the page title, in each language, and keeps it in step on Back and Forward', async () => {
    const tab = await open(`/ru/search/?q=${encodeURIComponent('консультации')}`);
    expect(await tab.title()).toBe(titled('ru', 'консультации'));
    expect(await tab.title()).toMatch(/^«консультации» — Поиск по пресс-релизам — /);
    await tab.fill('#search-q', '');
    await tab.waitForURL((u) => u.search === '');
    await settled(tab);
    expect(await tab.title()).toBe(plainTitle('ru'));
    await tab.goBack();
    await settled(tab);
    expect(query(tab)).toBe('консультации');
    expect(await tab.title()).toBe(titled('ru', 'консультации'));
    await tab.goForward();
    await settled(tab);
    expect(await tab.title()).toBe(plainTitle('ru'));
    // A filter alone names no query.
    await tab.goto(`${site.base}/ru/search/?country=tj`);
    await settled(tab);
    expect(await tab.title()).toBe(plainTitle('ru'));
    for (const [lang, q] of [['tg', 'Тоҷикистон'], ['en', 'Tajikistan']] as const) {
      await tab.goto(`${site.base}/${lang}/search/?q=${encodeURIComponent(q)}`);
      await settled(tab);
      expect(await tab.title(), lang).toBe(titled(lang, q));
    }
    expect(await tab.title()).toMatch(/^“Tajikistan” — Search press releases — /);
    await tab.context().close();
  });

  it('leaves no entry of its own when a word is typed and deleted again: Back leaves the search page', async () => {
    const tab = await (await site.browser.newContext()).newPage();
    await tab.goto(`${site.base}/ru/`);
    await tab.goto(`${site.base}/ru/search/`);
    await settled(tab);
    await tab.click('#search-q');
    await tab.keyboard.type('Таджикистан', { delay: 30 });
    await tab.waitForURL((u) => u.searchParams.get('q') === 'Таджикистан');
    await settled(tab);
    // Deleted at once (within the second that makes a typed search a visit of its own).
    await tab.keyboard.press('Control+A');
    await tab.keyboard.press('Backspace');
    await tab.waitForURL((u) => u.search === '');
    await settled(tab);
    expect(await tab.inputValue('#search-q')).toBe('');
    expect(await tab.title()).toBe(plainTitle('ru'));
    await tab.goBack();
    await tab.waitForURL((u) => u.pathname === '/ru/');
    // Forward returns to the search page as it was left: empty.
    await tab.goForward();
    await tab.waitForURL((u) => u.pathname === '/ru/search/');
    await settled(tab);
    expect(await tab.inputValue('#search-q')).toBe('');
    await tab.context().close();
  });

  it('steps back to the search typing started from when the added words are deleted again', async () => {
    const tab = await fromFrontPage();
    await typeOn(tab, ' Japan');
    for (let i = 0; i < 6; i++) await tab.keyboard.press('Backspace');
    await tab.waitForURL((u) => u.searchParams.get('q') === 'Tajikistan');
    await settled(tab);
    expect(await tab.inputValue('#search-q')).toBe('Tajikistan');
    expect(await tab.title()).toBe(titled('en', 'Tajikistan'));
    // No copy of «Tajikistan» was left behind: one step back leaves the search page.
    await tab.goBack();
    await tab.waitForURL((u) => u.pathname === '/en/');
    await tab.context().close();
  });

  it('starts a new entry when typing on after a step back, keeping the search stepped to', async () => {
    const tab = await fromFrontPage();
    await typeOn(tab, ' Japan');
    await tab.goBack();
    await settled(tab);
    expect(query(tab)).toBe('Tajikistan');
    await typeOn(tab, ' Kuwait');
    await tab.goBack();
    await settled(tab);
    expect(query(tab)).toBe('Tajikistan');
    await tab.context().close();
  });

  it('loads the other languages for the hint only once typing pauses, not on each key', async () => {
    const tab = await open(`/ru/search/?q=${encodeURIComponent('Таджикистан')}`);
    await hinted(tab);
    expect(await tab.locator('#search-elsewhere').isHidden(), 'Russian finds enough: no hint').toBe(true);
    // When each file of the English, Tajik and Arabic indexes was asked for (pagefind.js?lang=en, pagefind.en_….pf_meta, wasm.en…).
    const others: { at: number; url: string }[] = [];
    tab.on('request', (r) => { if (/\/pagefind\/.*(lang=(en|tg|ar)\b|[./](en|tg|ar)[._])/.test(r.url())) others.push({ at: Date.now(), url: r.url() }); });
    await tab.waitForTimeout(300);
    expect(others, 'nothing of the other languages before typing').toEqual([]);
    await tab.fill('#search-q', '');
    await settled(tab);
    await tab.evaluate(() => performance.clearMarks());
    // «Tajikistan» finds little in Russian: each search while typing could ask for the hint.
    const keys: number[] = [];
    for (const key of 'Tajikistan') {
      keys.push(Date.now());
      await tab.keyboard.press(key);
      await tab.waitForTimeout(60);
    }
    const searched = await tab.evaluate(() => performance.getEntriesByName('search:start').map((m) => (m as PerformanceMark).detail as string));
    await tab.waitForURL((u) => u.searchParams.get('q') === 'Tajikistan');
    await hinted(tab);
    expect(searched.length, `searches ran while typing: ${searched.join(' ')}`).toBeGreaterThanOrEqual(3);
    expect(await tab.locator('#search-elsewhere').isVisible()).toBe(true);
    expect(others.length, 'the hint loaded the other languages once typing paused').toBeGreaterThan(0);
    // Asked for only after a pause in typing: COUNT_DELAY (250 ms) with no key. A key's time here is
    // taken before it is sent and a request's once the browser has made it, so the gap seen is never shorter.
    const first = others[0]!.at;
    const lastKey = Math.max(...keys.filter((k) => k <= first));
    expect(first - lastKey, `${others[0]!.url} asked ${first - lastKey} ms after a key`).toBeGreaterThanOrEqual(250);
    await tab.context().close();
  });
});

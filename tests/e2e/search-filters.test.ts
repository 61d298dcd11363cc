import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { audit } from '../support/axe.ts';
import { useSearchPage } from '../support/search-page.ts';
import { FIXTURE_DIST } from '../support/fixture.ts';
import { STRINGS } from '../../src/i18n/strings.ts';
import { page } from '../support/dist.ts';

/** Results and the counts beside the options are shown for the URL's search. */
const settled = (tab: Page) => tab.waitForFunction(() => {
  const form = document.querySelector<HTMLFormElement>('#search-form');
  return form && !form.hidden && form.dataset.done === location.search && form.dataset.counted === location.search;
});
const { site, open } = useSearchPage(settled);
/** Also waits for the "other languages" hint of the current search. */
const hinted = (tab: Page) => tab.waitForFunction(() => document.querySelector<HTMLFormElement>('#search-form')?.dataset.hinted === location.search);
const resultLinks = (tab: Page) => tab.locator('#search-results h2 a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
const status = async (tab: Page) => (await tab.locator('#search-status').textContent()) ?? '';
const found = async (tab: Page) => Number((await status(tab)).replace(/\D/g, '')) || 0;
const box = (facet: string, value: string) => `#search-form input[name="${facet}"][value="${value}"]`;
const countBeside = async (tab: Page, facet: string, value: string) =>
  Number(await tab.locator(`${box(facet, value)} ~ .search-count`).textContent());
/** The local day in a release path (/en/2019/01/10/slug/ → 2019-01-10). */
const dayOf = (path: string) => /\/(\d{4})\/(\d{2})\/(\d{2})\//.exec(path)!.slice(1).join('-');
/** Every release day of a language in the built fixture. */
function releaseDays(lang: string): string[] {
  const days: string[] = [];
  for (const y of readdirSync(join(FIXTURE_DIST, lang)).filter((d) => /^\d{4}$/.test(d))) {
    for (const m of readdirSync(join(FIXTURE_DIST, lang, y))) for (const d of readdirSync(join(FIXTURE_DIST, lang, y, m))) {
      for (const _slug of readdirSync(join(FIXTURE_DIST, lang, y, m, d))) days.push(`${y}-${m}-${d}`);
    }
  }
  return days;
}

describe('search filters, order and hints in a real browser', () => {
  it('lists newest first when there is no query', async () => {
    const tab = await open('/en/search/?year=2019');
    const days = (await resultLinks(tab)).map(dayOf);
    expect(days.length).toBe(10);
    expect(days).toEqual([...days].sort().reverse());
    expect(await found(tab)).toBe(releaseDays('en').filter((d) => d.startsWith('2019-')).length);
    await tab.context().close();
  });

  it('keeps to a date range, set in the form and kept in the URL', async () => {
    const tab = await open('/en/search/?year=2019');
    await tab.fill('#search-from', '2019-01-10');
    await tab.fill('#search-to', '2019-01-20');
    await tab.locator('#search-to').dispatchEvent('change');
    await settled(tab);
    expect(Object.fromEntries(new URL(tab.url()).searchParams)).toMatchObject({ from: '2019-01-10', to: '2019-01-20' });
    const expected = releaseDays('en').filter((d) => d >= '2019-01-10' && d <= '2019-01-20');
    expect(await found(tab)).toBe(expected.length);
    for (const link of await resultLinks(tab)) expect(dayOf(link) >= '2019-01-10' && dayOf(link) <= '2019-01-20', link).toBe(true);
    // Across years: whole years in the middle, days at the ends.
    await tab.goto(`${site.base}/en/search/?from=2019-02-10&to=2026-03-04`);
    await settled(tab);
    expect(await found(tab)).toBe(releaseDays('en').filter((d) => d >= '2019-02-10' && d <= '2026-03-04').length);
    await tab.context().close();
  });

  it('takes several values of one filter as alternatives, and counts beside each option what it would give', async () => {
    const tab = await open('/en/search/?q=Tajikistan');
    const japan = await countBeside(tab, 'country', 'jp');
    const kuwait = await countBeside(tab, 'country', 'kw');
    expect(japan).toBeGreaterThan(0);
    expect(kuwait).toBeGreaterThan(0);
    await tab.check(box('country', 'jp'));
    await settled(tab);
    expect(await found(tab)).toBe(japan);
    const japanLinks = await resultLinks(tab);
    // Another country's count is still what choosing it adds, not what it shares with Japan.
    expect(await countBeside(tab, 'country', 'kw')).toBe(kuwait);
    await tab.check(box('country', 'kw'));
    await settled(tab);
    expect(new URL(tab.url()).searchParams.getAll('country')).toEqual(['jp', 'kw']);
    const both = await resultLinks(tab);
    await tab.goto(`${site.base}/en/search/?q=Tajikistan&country=kw`);
    await settled(tab);
    expect(new Set(both)).toEqual(new Set([...japanLinks, ...(await resultLinks(tab))]));
    await tab.context().close();
  });

  it('says how many the query finds in the other languages when this one has little, linking those searches', async () => {
    const en = await open('/en/search/?q=Tajikistan');
    await hinted(en);
    const english = await found(en);
    expect(english).toBeGreaterThanOrEqual(3);
    expect(await en.locator('#search-elsewhere').isHidden()).toBe(true);
    await en.context().close();
    const ru = await open('/ru/search/?q=Tajikistan');
    await hinted(ru);
    expect(await found(ru)).toBeLessThan(3);
    const link = ru.locator('#search-elsewhere a[hreflang="en"]');
    expect(await link.getAttribute('href')).toBe('/en/search/?q=Tajikistan');
    const releases = STRINGS.ru![`count.releases.${new Intl.PluralRules('ru').select(english)}`]!.replace('{count}', String(english));
    expect(await link.textContent()).toBe(`английский: ${releases}`);
    await Promise.all([ru.waitForURL((u) => u.pathname === '/en/search/'), link.click()]);
    await settled(ru);
    expect(await found(ru)).toBe(english);
    await ru.context().close();
  });

  it('moves nothing on the page as the results and the hint arrive (no layout shift)', async () => {
    const tab = await (await site.browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    await tab.addInitScript(() => {
      (window as unknown as { shifts: number }).shifts = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number })[]) (window as unknown as { shifts: number }).shifts += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const shifts = async (path: string) => {
      await tab.goto(site.base + path);
      await settled(tab);
      await hinted(tab);
      return tab.evaluate(() => (window as unknown as { shifts: number }).shifts);
    };
    expect(await shifts('/ru/search/?q=2020')).toBe(0);
    expect(await shifts('/ru/search/?q=Tajikistan')).toBe(0);
    expect(await tab.locator('#search-elsewhere').isVisible()).toBe(true);
    await tab.context().close();
  });

  it("does not count a translation's caption shown in its original's language as that translation's text", async () => {
    // The Tajik CIS release shows the Russian photo caption «Консультации прошли…»; its own text says «машварат».
    const ru = await open(`/ru/search/?q=${encodeURIComponent('консультации')}`);
    await hinted(ru);
    expect(await ru.locator('#search-elsewhere a[hreflang="tg"]').count()).toBe(0);
    await ru.context().close();
  });

  it('fills the header search box on the search page and says what to do on an empty submit', async () => {
    const tab = await open('/ru/search/?q=Таджикистан');
    expect(await tab.inputValue('#site-search')).toBe('Таджикистан');
    await tab.fill('#search-q', '');
    await tab.click('#search-form button[type="submit"]');
    await settled(tab);
    expect(await status(tab)).toBe(STRINGS.ru!['search.empty']);
    expect(await tab.evaluate(() => document.activeElement?.id)).toBe('search-q');
    // The header box's empty submit from any page lands here with the same advice.
    await tab.goto(`${site.base}/tg/search/?q=`);
    await settled(tab);
    expect(await status(tab)).toBe(STRINGS.tg!['search.empty']);
    await tab.context().close();
  });

  it('shows the first result without scrolling on a phone: filters folded, open when one is set', async () => {
    const phone = { width: 390, height: 844 };
    const tab = await open(`/ru/search/?q=${encodeURIComponent('Таджикистан')}`, phone);
    expect(await tab.locator('#search-filters').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    const first = await tab.locator('#search-results li').first().boundingBox();
    expect(first!.y + 40, `first result at y=${first!.y}`).toBeLessThanOrEqual(phone.height);
    expect(await tab.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    await tab.goto(`${site.base}/ru/search/?q=${encodeURIComponent('Таджикистан')}&country=tj`);
    await settled(tab);
    expect(await tab.locator('#search-filters').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await tab.locator('#search-filters summary').textContent()).toContain('(1)');
    await tab.context().close();
  });

  it('opens a shared link with values it cannot use on the corrected search, saying what it left out, never a blank page', async () => {
    const ru = STRINGS.ru!;
    const tab = await open('/ru/search/?from=2025-02-30');
    expect(new URL(tab.url()).search).toBe('');
    expect(await tab.locator('#search-note').isVisible()).toBe(true);
    expect(await tab.locator('#search-note').textContent()).toBe(ru['search.ignored']!.replace('{values}', 'from=2025-02-30'));
    expect(await status(tab)).toBe(ru['search.empty']);
    await tab.goto(`${site.base}/ru/search/?from=abc&country=zz`);
    await settled(tab);
    expect(new URL(tab.url()).search).toBe('');
    expect(await tab.locator('#search-note').textContent()).toBe(ru['search.ignored']!.replace('{values}', 'from=abc, country=zz'));
    expect(await status(tab)).toBe(ru['search.empty']);
    // What can be used is searched; the note goes once the reader searches again.
    await tab.goto(`${site.base}/en/search/?q=Tajikistan&country=zz&sort=random`);
    await settled(tab);
    expect(new URL(tab.url()).search).toBe('?q=Tajikistan');
    expect(await found(tab)).toBeGreaterThan(0);
    expect(await tab.locator('#search-note').textContent()).toBe(STRINGS.en!['search.ignored']!.replace('{values}', 'country=zz, sort=random'));
    await tab.fill('#search-q', 'Japan');
    expect(await tab.locator('#search-note').isHidden()).toBe(true);
    await tab.context().close();
  });

  it('says so when a link\'s date range is backwards, and shows the turned range in the URL and the inputs', async () => {
    const tab = await open('/ru/search/?from=2026-01-01&to=2020-01-01');
    expect(Object.fromEntries(new URL(tab.url()).searchParams)).toEqual({ from: '2020-01-01', to: '2026-01-01' });
    expect(await tab.inputValue('#search-from')).toBe('2020-01-01');
    expect(await tab.inputValue('#search-to')).toBe('2026-01-01');
    expect(await tab.locator('#search-note').isVisible()).toBe(true);
    expect(await tab.locator('#search-note').textContent())
      .toBe(STRINGS.ru!['search.swapped']!.replace('{from}', '1 января 2020 г.').replace('{to}', '1 января 2026 г.'));
    expect(await found(tab)).toBe(releaseDays('ru').filter((d) => d >= '2020-01-01' && d <= '2026-01-01').length);
    await tab.context().close();
  });

  it('turns a range entered backwards in the form round in the fields too, with the same note', async () => {
    const tab = await open('/ru/search/?q=%D0%A2%D0%B0%D0%B4%D0%B6%D0%B8%D0%BA%D0%B8%D1%81%D1%82%D0%B0%D0%BD');
    await tab.fill('#search-from', '2026-01-01');
    await tab.locator('#search-from').dispatchEvent('change');
    await settled(tab);
    await tab.fill('#search-to', '2020-01-01');
    await tab.locator('#search-to').dispatchEvent('change');
    await tab.waitForFunction(() => new URLSearchParams(location.search).get('to') === '2026-01-01');
    await settled(tab);
    expect(await tab.inputValue('#search-from')).toBe('2020-01-01');
    expect(await tab.inputValue('#search-to')).toBe('2026-01-01');
    expect(await tab.locator('#search-note').textContent())
      .toBe(STRINGS.ru!['search.swapped']!.replace('{from}', '1 января 2020 г.').replace('{to}', '1 января 2026 г.'));
    await tab.context().close();
  });

  it('searches from a link whose dates lie outside the archive (the button is never blocked), and keeps links short', async () => {
    const tab = await open('/en/search/?q=Tajikistan&from=2030-01-01');
    await tab.fill('#search-q', 'Dushanbe');
    // The browser's own date check (the inputs' min and max) would stop the submit before the page sees it.
    await tab.evaluate(() => document.querySelector('#search-form')!.addEventListener('submit', () => { document.body.dataset.submitted = 'yes'; }));
    await tab.click('#search-form button[type="submit"]');
    await tab.waitForFunction(() => new URLSearchParams(location.search).get('q') === 'Dushanbe');
    expect(await tab.evaluate(() => document.body.dataset.submitted)).toBe('yes');
    // A query as long as hosts refuse in a link (HTTP 431) is cut to MAX_QUERY letters, in the box and in the URL.
    const long = 'Таджикистан '.repeat(100).trim();
    await tab.goto(`${site.base}/ru/search/?q=${encodeURIComponent(long)}`);
    await tab.waitForFunction(() => document.querySelector<HTMLFormElement>('#search-form')?.dataset.done === location.search);
    const q = new URL(tab.url()).searchParams.get('q')!;
    expect([...q].length).toBeLessThanOrEqual(200);
    expect(long.startsWith(q)).toBe(true);
    expect(await tab.getAttribute('#search-q', 'maxlength')).toBe('200');
    expect(await tab.getAttribute('#site-search', 'maxlength')).toBe('200');
    await tab.context().close();
  });

  it('keeps a typed search that was looked at in history: Back returns to it', async () => {
    const tab = await open('/ru/search/');
    await tab.click('#search-q');
    await tab.keyboard.type('Таджикистан', { delay: 30 });
    await tab.waitForFunction(() => new URLSearchParams(location.search).get('q') === 'Таджикистан');
    await settled(tab);
    await tab.waitForTimeout(1300);
    await tab.fill('#search-q', '');
    await tab.keyboard.type('Москва', { delay: 30 });
    await tab.waitForFunction(() => new URLSearchParams(location.search).get('q') === 'Москва');
    await settled(tab);
    await tab.goBack();
    await tab.waitForFunction(() => new URLSearchParams(location.search).get('q') === 'Таджикистан');
    expect(await tab.inputValue('#search-q')).toBe('Таджикистан');
    await tab.context().close();
  });

  it('says what to search again after stepping back to the empty search', async () => {
    const tab = await open('/ru/search/');
    expect(await status(tab)).toBe(STRINGS.ru!['search.empty']);
    await tab.fill('#search-q', 'Таджикистан');
    await tab.click('#search-form button[type="submit"]');
    await tab.waitForURL((u) => u.search !== '');
    await settled(tab);
    expect(await found(tab)).toBeGreaterThan(0);
    await tab.goBack();
    await settled(tab);
    expect(new URL(tab.url()).search).toBe('');
    expect(await status(tab)).toBe(STRINGS.ru!['search.empty']);
    await tab.context().close();
  });

  it('puts the options of a link first in their scrolling lists and names them in the summary', async () => {
    const phone = { width: 390, height: 844 };
    const tab = await open(`/ru/search/?q=${encodeURIComponent('Таджикистан')}&country=tj&from=2020-01-01`, phone);
    const list = tab.locator('fieldset[data-facet="country"] ul');
    const chosen = tab.locator(box('country', 'tj'));
    expect(await list.evaluate((ul) => ul.scrollHeight > ul.clientHeight), 'the country list scrolls').toBe(true);
    expect(await list.locator('li').first().locator('input').getAttribute('value')).toBe('tj');
    const [inList, option] = [await list.boundingBox(), await chosen.boundingBox()];
    expect(option!.y >= inList!.y && option!.y + option!.height <= inList!.y + inList!.height, 'the chosen option is in view').toBe(true);
    expect(await tab.locator('#search-filters summary').textContent()).toBe(`${STRINGS.ru!['search.filters']} (2): Таджикистан, С 1 января 2020 г.`);
    // The other options keep the page's order.
    const values = await list.locator('input').evaluateAll((bs) => bs.map((b) => (b as HTMLInputElement).value));
    const built = [...page('/ru/search/').querySelectorAll('fieldset[data-facet="country"] input')].map((b) => b.getAttribute('value'));
    expect(values).toEqual(['tj', ...built.filter((v) => v !== 'tj')]);
    await tab.context().close();
  });

  it('passes axe-core with filters set, counts, a date range, the hint and on a phone', async () => {
    for (const [path, viewport] of [
      ['/en/search/?q=Tajikistan&country=jp&country=kw&from=2020-01-01', undefined],
      ['/ru/search/?q=Tajikistan', undefined],
      ['/tg/search/?q=', undefined],
      ['/ru/search/?from=2026-01-01&to=2020-01-01&country=zz', undefined],
      ['/ru/search/?q=Таджикистан', { width: 390, height: 844 }],
    ] as const) {
      const tab = await open(path, viewport);
      await hinted(tab).catch(() => {});
      const result = await audit(tab);
      expect(result.violations, path).toEqual([]);
      await tab.context().close();
    }
  });
});

import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import sirv from 'sirv';
import { describe, expect, it } from 'vitest';
import { audit } from '../support/axe.ts';
import { useSearchPage } from '../support/search-page.ts';
import { page as builtPage, read } from '../support/dist.ts';
import { FIXTURE_DIST } from '../support/fixture.ts';
import { WORKER_START } from '../../src/lib/search/worker-start.ts';

const CIS_RU = '/ru/2020/10/07/mid-stran-sng-proveli-konsultatsii-o-sotrudnichestve-v-informatsionnoy-sfere/';

/** Waits until the results for the URL's current query are on screen. */
const settled = (tab: Page) => tab.waitForFunction(() => {
  const form = document.querySelector<HTMLFormElement>('#search-form');
  return form && !form.hidden && form.dataset.done === location.search;
});
const { site, open } = useSearchPage(settled);

const resultLinks = (tab: Page) => tab.locator('#search-results h2 a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

describe('search in a real browser', () => {
  it('finds the CIS consultations release in Russian by word forms absent from its text (stemming)', async () => {
    // The instrumental plural appears nowhere on the page: only the stem can match it.
    expect(read(`${CIS_RU.slice(1)}index.html`).toLowerCase()).not.toContain('консультациями');
    const tab = await open('/ru/search/?q=консультациями');
    expect(await resultLinks(tab)).toContain(CIS_RU);
    await tab.goto(`${site.base}/ru/search/?q=${encodeURIComponent('консультаций')}`);
    await settled(tab);
    expect(await resultLinks(tab)).toContain(CIS_RU);
    const first = tab.locator('#search-results li').first();
    // Title, date, agency and an excerpt with the hit highlighted.
    expect(await first.locator('time').getAttribute('datetime')).toBe('2020-10-07T05:00:00.000Z');
    expect(await first.locator('time').textContent()).toBe('7 октября 2020 г.');
    expect(await first.locator('.meta').textContent()).toContain('«Ховар»');
    expect((await first.locator('.excerpt mark').first().textContent())!.toLowerCase()).toMatch(/^консультац/);
    expect(await tab.locator('#search-status').textContent()).toMatch(/^Найдено: \d+ пресс-релиз/);
    await tab.context().close();
  });

  it('matches Tajik by word prefix (Pagefind has no Tajik stemmer)', async () => {
    const tab = await open(`/tg/search/?q=${encodeURIComponent('Тоҷик')}`);
    const marks = await tab.locator('#search-results .excerpt mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const m of marks) expect(m.toLowerCase().startsWith('тоҷик'), m).toBe(true);
    expect(await tab.locator('#search-status').textContent()).toMatch(/^Ёфт шуд: /);
    await tab.context().close();
  });

  it('returns only releases of the page\'s language', async () => {
    for (const lang of ['en', 'ru']) {
      const tab = await open(`/${lang}/search/?q=COVID`);
      const links = await resultLinks(tab);
      expect(links.length, lang).toBeGreaterThan(0);
      for (const link of links) {
        expect(link.startsWith(`/${lang}/`), link).toBe(true);
        expect(builtPage(link).documentElement.getAttribute('lang')).toBe(lang);
      }
      await tab.context().close();
    }
  });

  it('narrows results to releases naming the chosen country, combinable with other filters', async () => {
    const tab = await open('/en/search/?q=Tajikistan');
    const all = await resultLinks(tab);
    await tab.check('#search-form input[name="country"][value="jp"]');
    await settled(tab);
    const japan = await resultLinks(tab);
    expect(japan.length).toBeGreaterThan(0);
    expect(japan.length).toBeLessThan(all.length);
    for (const link of japan) expect(builtPage(link).querySelector('.participants li[data-country="JP"]'), link).not.toBeNull();
    // Facets narrow each other: Japan and 2020 have nothing in common here.
    await tab.check('#search-form input[name="year"][value="2020"]');
    await settled(tab);
    expect(await resultLinks(tab)).toEqual([]);
    expect(await tab.locator('#search-status').textContent()).toMatch(/^Nothing found/);
    await tab.context().close();
  });

  it('keeps query and filters in the URL: reload restores them, back returns to the previous search', async () => {
    const tab = await open('/ru/search/');
    await tab.fill('#search-q', 'Таджикистан');
    await tab.waitForURL((u) => u.searchParams.has('q'));
    await settled(tab);
    await tab.check('#search-form input[name="country"][value="at"]');
    await settled(tab);
    await tab.selectOption('#search-sort', 'newest');
    await settled(tab);
    const url = new URL(tab.url());
    expect(Object.fromEntries(url.searchParams)).toEqual({ q: 'Таджикистан', country: 'at', sort: 'newest' });
    const before = await resultLinks(tab);
    expect(before.length).toBeGreaterThan(0);
    await tab.reload();
    await settled(tab);
    expect(await tab.inputValue('#search-q')).toBe('Таджикистан');
    expect(await tab.isChecked('#search-form input[name="country"][value="at"]')).toBe(true);
    expect(await tab.inputValue('#search-sort')).toBe('newest');
    expect(await resultLinks(tab)).toEqual(before);
    await tab.goBack();
    await settled(tab);
    expect(new URL(tab.url()).searchParams.get('sort')).toBeNull();
    expect(await tab.inputValue('#search-sort')).toBe('relevance');
    expect(await tab.isChecked('#search-form input[name="country"][value="at"]')).toBe(true);
    await tab.goBack();
    await settled(tab);
    expect(await tab.locator('#search-form input[name="country"]:checked').count()).toBe(0);
    expect(await tab.inputValue('#search-q')).toBe('Таджикистан');
    await tab.context().close();
  });

  it('sorts by date when asked', async () => {
    const tab = await open('/ru/search/?q=Таджикистан&sort=newest');
    const dates = await tab.locator('#search-results time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
    expect(dates.length).toBeGreaterThan(1);
    expect(dates).toEqual([...dates].sort().reverse());
    await tab.context().close();
  });

  it('is usable by keyboard alone', async () => {
    const tab = await open('/ru/search/');
    let focused = '';
    for (let i = 0; i < 30 && focused !== 'search-q'; i++) {
      await tab.keyboard.press('Tab');
      focused = await tab.evaluate(() => document.activeElement?.id ?? '');
    }
    expect(focused).toBe('search-q');
    await tab.keyboard.type('консультации');
    await tab.keyboard.press('Enter');
    await settled(tab);
    // On to the first country box, ticked with the space bar.
    let box = '';
    for (let i = 0; i < 5 && box !== 'country'; i++) {
      await tab.keyboard.press('Tab');
      box = await tab.evaluate(() => (document.activeElement as HTMLInputElement).name ?? '');
    }
    expect(box).toBe('country');
    await tab.keyboard.press('Space');
    await settled(tab);
    const ticked = await tab.evaluate(() => (document.activeElement as HTMLInputElement).value);
    expect(new URL(tab.url()).searchParams.getAll('country')).toEqual([ticked]);
    await tab.keyboard.press('Space');
    await settled(tab);
    // Tab past the remaining filters to the first result and open it.
    let href = '';
    for (let i = 0; i < 120 && !href.includes('/2020/10/07/'); i++) {
      await tab.keyboard.press('Tab');
      href = await tab.evaluate(() => (document.activeElement as HTMLAnchorElement).href ?? '');
    }
    await Promise.all([tab.waitForURL((u) => u.pathname === CIS_RU), tab.keyboard.press('Enter')]);
    await tab.context().close();
  });

  it('passes axe-core (WCAG 2.2 AA) with results and filters shown, in every language', async () => {
    for (const path of ['/ru/search/?q=консультации', '/en/search/?q=Tajikistan&country=jp', '/tg/search/?q=Тоҷикистон', '/ar/search/?q=فيينا', '/ru/search/']) {
      const tab = await open(path);
      const result = await audit(tab);
      expect(result.passes, 'axe ran its rules').toBeGreaterThan(10);
      expect(result.violations, path).toEqual([]);
      await tab.context().close();
    }
  });

  it('works under a Content-Security-Policy without unsafe-inline or eval, WebAssembly and its worker allowed', async () => {
    // The page's one inline script (it starts the worker early) is allowed by its hash; a policy without
    // the hash blocks it, and the page's own script starts the worker instead.
    const starter = `'sha256-${createHash('sha256').update(WORKER_START).digest('base64')}'`;
    for (const hash of [starter, '']) {
      const csp = `default-src 'none'; script-src 'self' 'wasm-unsafe-eval' ${hash}; worker-src 'self'; connect-src 'self'; `
        // Styles are not this feature's concern: Astro inlines small stylesheets.
        + "style-src 'self' 'unsafe-inline'; img-src 'self'";
      const files = sirv(FIXTURE_DIST, { dev: false });
      const server = createServer((req, res) => {
        res.setHeader('content-security-policy', csp);
        files(req, res, () => { res.statusCode = 404; res.end(); });
      });
      await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
      try {
        const tab = await (await site.browser.newContext()).newPage();
        const problems: string[] = [];
        tab.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text()); });
        await tab.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/ru/search/?q=${encodeURIComponent('консультациями')}`);
        await settled(tab);
        expect(await resultLinks(tab)).toContain(CIS_RU);
        // Its own worker, and one per other language when the hint below the results asks them.
        expect(tab.workers().length, 'Pagefind searches in its worker').toBeGreaterThanOrEqual(1);
        expect(await tab.evaluate(() => document.querySelector('script[data-worker]')?.hasAttribute('data-ran'))).toBe(hash !== '');
        // Without the hash, the blocked starter is the one report.
        expect(problems.filter((p) => hash || !p.includes('inline script'))).toEqual([]);
        await tab.context().close();
      } finally {
        server.close();
      }
    }
  });

  it('says the search did not load when its worker cannot be fetched, on a search link', async () => {
    const context = await site.browser.newContext();
    await context.route(/search-worker-[^/]*\.js$/, (route) => route.fulfill({ status: 404, body: '' }));
    const tab = await context.newPage();
    const error = builtPage('ru/search/index.html').querySelector('#search-form')!.getAttribute('data-strings')!;
    const message = (JSON.parse(error) as { error: string }).error;
    await tab.goto(`${site.base}/ru/search/?q=${encodeURIComponent('консультации')}`);
    await tab.waitForFunction((m) => document.querySelector('#search-status')?.textContent === m, message, { timeout: 10_000 });
    await context.close();
  });

  it('says search needs JavaScript and links the browsable indexes when scripts are off', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const tab = await context.newPage();
    await tab.goto(`${site.base}/tg/search/`);
    expect(await tab.locator('#search-form').isVisible()).toBe(false);
    expect(await tab.locator('main').innerText()).toContain('Барои ҷустуҷӯ JavaScript лозим аст');
    expect(await tab.locator('main a[href="/tg/countries/"]').isVisible()).toBe(true);
    expect(await tab.locator('main a[href="/tg/agencies/"]').isVisible()).toBe(true);
    await context.close();
  });
});

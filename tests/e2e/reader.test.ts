import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from '../support/browser.ts';
import { FIXTURE_LANGUAGES, ROOT } from '../support/fixture.ts';
import { pagesByType, ready } from '../support/page-types.ts';
import { overflowX, PRINT_HIDDEN, PRINT_SHOWN, rendered } from '../support/reader.ts';

const LANGUAGES = FIXTURE_LANGUAGES.split(',');
const CIS_RU = '/ru/2020/10/07/mid-stran-sng-proveli-konsultatsii-o-sotrudnichestve-v-informatsionnoy-sfere/';
const strings = (lang: string): Record<string, string> => JSON.parse(readFileSync(join(ROOT, `src/i18n/strings/${lang}.json`), 'utf8'));

const site = useSite();


const newTab = async (width = 1024): Promise<Page> => (await site.browser.newContext({ viewport: { width, height: 800 } })).newPage();

describe('what a reader does', () => {
  it('switches language on a release page: lands on the counterpart, <html lang> changes', async () => {
    const tab = await newTab();
    await tab.goto(site.base + CIS_RU);
    expect(await tab.evaluate(() => document.documentElement.lang)).toBe('ru');
    const target = await tab.locator('.lang-switch a[hreflang="en"]').getAttribute('href');
    await Promise.all([tab.waitForURL(`${site.base}${target}`), tab.locator('.lang-switch a[hreflang="en"]').click()]);
    expect(new URL(tab.url()).pathname).toMatch(/^\/en\/2020\/10\/07\/cis-foreign-ministries/);
    expect(await tab.evaluate(() => document.documentElement.lang)).toBe('en');
    // The counterpart links back to the page we came from.
    expect(await tab.locator('.lang-switch a[hreflang="ru"]').getAttribute('href')).toBe(CIS_RU);
    await tab.context().close();
  });

  it('prints the article without navigation chrome', async () => {
    const tab = await newTab();
    await tab.goto(site.base + CIS_RU);
    await tab.emulateMedia({ media: 'print' });
    const shown = await rendered(tab, [...PRINT_HIDDEN, ...PRINT_SHOWN]);
    expect(shown).toEqual(Object.fromEntries([...PRINT_HIDDEN.map((k) => [k, false]), ...PRINT_SHOWN.map((k) => [k, true])]));
    await tab.emulateMedia({ media: 'screen' });
    expect(await tab.locator('.lang-switch').isVisible()).toBe(true);
    await tab.context().close();
  });

  it('has no horizontal scrolling at 360 px on any page type in any language', async () => {
    const tab = await newTab(360);
    const { pages } = pagesByType(LANGUAGES);
    const wide: string[] = [];
    for (const { path } of pages) {
      await tab.goto(site.base + path);
      await ready(tab, path);
      const overflow = await overflowX(tab);
      if (overflow > 0) wide.push(`${path}: ${overflow}px too wide`);
    }
    expect(pages.length).toBeGreaterThan(40);
    expect(wide).toEqual([]);
    await tab.context().close();
  }, 120_000);

  // Status and exact body per language are checked in csp.test.ts; here, what the reader sees.
  it.each(LANGUAGES)('shows the 404 page in its language for an unknown path under /%s/', async (lang) => {
    const tab = await newTab();
    const response = await tab.goto(`${site.base}/${lang}/no-such-release/`);
    expect(response!.status()).toBe(404);
    expect(await tab.evaluate(() => document.documentElement.lang)).toBe(lang);
    expect(await tab.locator('h1').textContent()).toBe(strings(lang)['notfound.title'] ?? strings('ru')['notfound.title']);
    await tab.context().close();
  });

  it('the checks themselves catch a page too wide for a phone and chrome left in print', async () => {
    const tab = await newTab(360);
    await tab.setContent('<!DOCTYPE html><html lang="en"><body><nav class="lang-switch">x</nav><article><h1>t</h1><div class="body" style="width:500px">wide</div></article></body></html>');
    expect(await overflowX(tab)).toBeGreaterThan(100);
    await tab.emulateMedia({ media: 'print' });
    expect(await rendered(tab, ['.lang-switch', 'article'])).toEqual({ '.lang-switch': true, article: true });
    await tab.context().close();
  });
});

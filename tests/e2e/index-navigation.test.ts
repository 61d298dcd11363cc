import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { audit } from '../support/axe.ts';
import { useSite } from '../support/browser.ts';
import { page as builtPage } from '../support/dist.ts';

const site = useSite();


/** Presses Tab until the focused element matches `selector`; fails after `limit` presses. */
async function tabTo(tab: Page, selector: string, limit = 80): Promise<number> {
  for (let presses = 1; presses <= limit; presses++) {
    await tab.keyboard.press('Tab');
    if (await tab.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return presses;
  }
  throw new Error(`${selector} not reached with ${limit} presses of Tab`);
}

/** The focused element shows a focus ring (WCAG 2.4.7). */
const focusRing = (tab: Page) => tab.evaluate(() => {
  const style = getComputedStyle(document.activeElement!);
  return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
});

describe('keyboard navigation through the indexes', () => {
  it('goes from a release to its country’s index and on to the next page with Tab and Enter only', async () => {
    // The newest English release naming Iceland (21 releases: two pages).
    const release = builtPage('/en/countries/is/').querySelector('.release-list-title a')!.getAttribute('href')!;
    const context = await site.browser.newContext({ viewport: { width: 1024, height: 768 } });
    const tab = await context.newPage();
    expect((await tab.goto(site.base + release))!.status()).toBe(200);

    await tabTo(tab, '.participants a[href="/en/countries/is/"]');
    expect(await focusRing(tab)).toBe(true);
    await Promise.all([tab.waitForURL(`${site.base}/en/countries/is/`), tab.keyboard.press('Enter')]);
    expect(await tab.locator('h1').textContent()).toBe('Iceland');
    expect(await tab.locator('.release-list > li').count()).toBe(21);

    // A list long enough for two pages: the 2019 archive (42), front page then the stable page 1.
    expect((await tab.goto(`${site.base}/en/archive/2019/`))!.status()).toBe(200);
    await tabTo(tab, '.pagination a[rel="next"]');
    expect(await focusRing(tab)).toBe(true);
    await Promise.all([tab.waitForURL(`${site.base}/en/archive/2019/page/1/`), tab.keyboard.press('Enter')]);
    expect(await tab.locator('h1').textContent()).toBe('Press releases of 2019. Page 1');
    expect(await tab.locator('.release-list > li').count()).toBe(20);
    expect(await tab.locator('.pagination [aria-current="page"]').textContent()).toBe('1');
    await context.close();
  });

  it('index pages pass axe (WCAG 2.2 A and AA) in every language, right to left included', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
    const tab = await context.newPage();
    const paths = ['/tg/countries/', '/ar/countries/', '/en/archive/2019/page/1/', '/ru/agencies/', '/en/agencies/khovar/', '/ru/topics/diplomacy/', '/en/archive/2019/', '/ru/archive/'];
    for (const path of paths) {
      expect((await tab.goto(site.base + path))!.status(), path).toBe(200);
      const { violations, passes } = await audit(tab);
      expect(violations, path).toEqual([]);
      expect(passes, `${path}: axe ran its checks`).toBeGreaterThan(10);
      const overflow = await tab.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} scrolls sideways on a phone`).toBeLessThanOrEqual(0);
    }
    await context.close();
  });
});

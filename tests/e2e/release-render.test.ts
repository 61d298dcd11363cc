import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE } from '../support/fixture.ts';
import { useSite } from '../support/browser.ts';
import { page as builtPage } from '../support/dist.ts';

const SHOTS = join(FIXTURE, 'screenshots');
const site = useSite();

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
});

/** The Vienna release exists in ru, tg and (in the fixture) ar; the CIS one in ru, en, tg. */
function releasePath(lang: string): string {
  const home = builtPage(`/${lang}/`);
  const links = [...home.querySelectorAll('.release-list a')].map((a) => a.getAttribute('href')!);
  const wanted = lang === 'ar' ? links[0] : links.find((h) => h.includes('/2020/10/07/'));
  if (!wanted) throw new Error(`no release link on /${lang}/`);
  return wanted;
}

describe('a release page in a real browser', () => {
  for (const lang of ['ru', 'en', 'tg', 'ar']) {
    it(`renders in ${lang}: headline, date, body and image visible, no horizontal scroll on a phone`, async () => {
      const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
      const tab = await context.newPage();
      const response = await tab.goto(site.base + releasePath(lang));
      expect(response!.status()).toBe(200);
      const h1 = tab.locator('h1');
      await expect.poll(() => h1.isVisible()).toBe(true);
      const box = (await h1.boundingBox())!;
      expect(box.height).toBeGreaterThan(20);
      expect(await tab.locator('.release-header time').textContent()).toMatch(/2020|2026/);
      expect((await tab.locator('.body p').first().textContent())!.length).toBeGreaterThan(40);
      const overflow = await tab.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      const images = tab.locator('.hero img');
      if (await images.count()) {
        await images.first().scrollIntoViewIfNeeded();
        await expect.poll(() => images.first().evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
      }
      const dir = await tab.evaluate(() => getComputedStyle(document.body).direction);
      expect(dir).toBe(lang === 'ar' ? 'rtl' : 'ltr');
      if (lang === 'ar') {
        // Right-to-left: the headline starts at the right edge of the page.
        expect(390 - (box.x + box.width)).toBeLessThan(box.x + 1);
      }
      await tab.screenshot({ path: join(SHOTS, `release-${lang}.png`), fullPage: true });
      await context.close();
    });
  }
});

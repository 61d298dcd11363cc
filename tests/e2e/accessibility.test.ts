import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { audit } from '../support/axe.ts';
import { useSite } from '../support/browser.ts';
import { FIXTURE_LANGUAGES } from '../support/fixture.ts';
import { pagesByType, ready } from '../support/page-types.ts';

const LANGUAGES = FIXTURE_LANGUAGES.split(',');
const { pages: TABLE, missing } = pagesByType(LANGUAGES);
const CIS_RU = '/ru/2020/10/07/mid-stran-sng-proveli-konsultatsii-o-sotrudnichestve-v-informatsionnoy-sfere/';

let context: BrowserContext;
let tab: Page;
const site = useSite();

beforeAll(async () => {
  context = await site.browser.newContext({ viewport: { width: 1024, height: 768 } });
  tab = await context.newPage();
});

/** Opens a page; a search page is audited once its results are on screen. */
async function open(path: string): Promise<void> {
  await tab.goto(site.base + path);
  await ready(tab, path);
}

describe('accessibility (axe-core, WCAG 2.2 A and AA) of every page type in every language', () => {
  it('finds a page of every type in every language', () => {
    expect(missing).toEqual([]);
    expect(TABLE.length).toBeGreaterThanOrEqual(2 + 13 * LANGUAGES.length - (LANGUAGES.length - 1));
  });

  // A phone and a desktop: wide tables scroll and the header reflows only on the narrow one.
  it.each([390, 1280])('has zero violations on each of them at %i px', async (width) => {
    await tab.setViewportSize({ width, height: width < 600 ? 844 : 900 });
    const violations: string[] = [];
    for (const { type, path } of TABLE) {
      await open(path);
      const result = await audit(tab);
      expect(result.passes, path).toBeGreaterThan(5);
      violations.push(...result.violations.map((v) => `${type} ${path}: ${v}`));
    }
    console.info(`axe at ${width} px: ${TABLE.length} pages (${new Set(TABLE.map((p) => p.type)).size} page types in ${LANGUAGES.length} languages), ${violations.length} violations`);
    expect(violations).toEqual([]);
  }, 300_000);

  it('reports a violation for an unlabeled input (the gate works)', async () => {
    await tab.setContent('<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><main><h1>t</h1><input type="text"></main></body></html>');
    const { violations } = await audit(tab);
    expect(violations.some((v) => v.startsWith('label:'))).toBe(true);
  });
});

describe('keyboard, landmarks and language', () => {
  it.each(LANGUAGES)('the skip link moves focus to main, and a focused link shows an outline (%s)', async (lang) => {
    await open(`/${lang}/`);
    await tab.keyboard.press('Tab');
    expect(await tab.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    await tab.keyboard.press('Enter');
    expect(await tab.evaluate(() => document.activeElement?.id)).toBe('main');
    await open(`/${lang}/`);
    await tab.keyboard.press('Tab');
    await tab.keyboard.press('Tab');
    const focused = await tab.evaluate(() => {
      const el = document.activeElement!;
      const style = getComputedStyle(el);
      return { tag: el.tagName, outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(focused).toMatchObject({ tag: 'A' });
    expect(focused.outline).not.toBe('none');
    expect(focused.width).toBeGreaterThanOrEqual(2);
  });

  // The root language picker and root 404 are one-purpose multilingual pages: main only.
  it('every page type of a language has the header, navigation, main and footer landmarks', async () => {
    const lacking: string[] = [];
    for (const { path } of TABLE.filter((p) => p.lang === 'en')) {
      await open(path);
      const found = await tab.evaluate(() => ['body > header, [role=banner]', 'nav', 'main', 'body > footer, [role=contentinfo]']
        .filter((s) => !document.querySelector(s)));
      if (found.length) lacking.push(`${path}: ${found.join(', ')}`);
    }
    expect(lacking).toEqual([]);
  });

  it('declares the page language, and the language of passages in another one', async () => {
    for (const lang of LANGUAGES) {
      await open(`/${lang}/`);
      expect(await tab.evaluate(() => document.documentElement.lang)).toBe(lang);
    }
    await open(CIS_RU);
    const parts = await tab.evaluate(() => ({
      switcher: [...document.querySelectorAll('.lang-switch li > *')].map((e) => e.getAttribute('lang')),
      linked: [...document.querySelectorAll('.lang-switch a')].every((a) => a.getAttribute('lang') === a.getAttribute('hreflang')),
      notice: [...document.querySelectorAll('.translation-notice, .translation-notice *')].map((p) => p.getAttribute('lang')),
      // Words in the page's language inside a passage in another language say so.
      hidden: [...document.querySelectorAll('.lang-switch [lang] .visually-hidden')].map((e) => e.closest('[lang]')!.getAttribute('lang')),
    }));
    expect(parts.switcher).toEqual(['ru', 'en', 'tg', 'ar']);
    expect(parts.linked).toBe(true);
    // The translation notice is in the page's language only.
    expect(parts.notice).toEqual([null, null]);
    expect(parts.hidden.length).toBeGreaterThan(0);
    expect(parts.hidden.every((l) => l === 'ru')).toBe(true);
  });
});

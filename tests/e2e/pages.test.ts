/** A reader on a phone, a keyboard user, a printer: the release page and header in a real browser. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from '../support/browser.ts';
import sharp from 'sharp';
import { htmlPages } from '../support/dist.ts';
import { formatDate } from '../../src/i18n/format.ts';

const CIS_RU = '/ru/2020/10/07/mid-stran-sng-proveli-konsultatsii-o-sotrudnichestve-v-informatsionnoy-sfere/';
const TOKYO = '/en/2026/03/04/foreign-ministers-of-tajikistan-and-japan-meet-in-tokyo/';
const TG_CIS = '/tg/2020/10/07/vazorathoi-korhoi-khorijii-idm-oid-ba-hamkori-dar-sohai-ittiloot-mashvarat/';
const site = useSite();
/** The first release page of a language in the built fixture. */
const firstRelease = async (lang: string) => `/${htmlPages().find((f) => f.startsWith(`${lang}/`) && /\/\d{4}\/\d\d\/\d\d\/[^/]+\/index\.html$/.test(f))!.replace(/index\.html$/, '')}`;

async function tab(width: number, options: { permissions?: string[] } = {}): Promise<Page> {
  const context = await site.browser.newContext({ viewport: { width, height: width < 600 ? 844 : 900 }, permissions: options.permissions });
  return context.newPage();
}

describe('on a phone (390 × 844)', () => {
  it.each(['ru', 'tg', 'en'])('the header is compact and the search button stays beside its field (%s)', async (lang) => {
    const p = await tab(390);
    await p.goto(`${site.base}/${lang}/`);
    const box = await p.evaluate(() => {
      const r = (s: string) => document.querySelector(s)!.getBoundingClientRect();
      const nav = document.querySelector('.nav')!;
      return { header: r('.site-header').height, input: r('#site-search'), button: r('.search-box button'), page: document.documentElement.scrollWidth, nav: r('.nav'), navScrolls: nav.scrollWidth > nav.clientWidth };
    });
    // A navigation wider than the phone shows a shadow at the edge with more items beyond it.
    if (lang === 'tg') expect(box.navScrolls).toBe(true); // its items are the longest: the case to show
    if (box.navScrolls) {
      const shot = await p.screenshot({ clip: { x: box.nav.right - 3, y: box.nav.top + box.nav.height / 2, width: 2, height: 1 } });
      const { data } = await sharp(shot).raw().toBuffer({ resolveWithObject: true });
      expect(data[0]!, 'shadow at the right edge').toBeLessThan(0xe0);
    }
    expect(box.header).toBeLessThanOrEqual(200);
    expect(Math.abs(box.button.top - box.input.top)).toBeLessThan(4);
    expect(box.page).toBeLessThanOrEqual(390);
    await p.context().close();
  });

  it('navigation, language and breadcrumb links are at least 24 px tall', async () => {
    const p = await tab(390);
    for (const path of ['/ru/', CIS_RU, '/en/archive/2019/']) {
      await p.goto(site.base + path);
      const small = await p.evaluate(() => [...document.querySelectorAll('.nav a, .lang-switch a, .lang-switch [aria-current], .breadcrumbs a, .year-nav a, .pagination a')]
        .map((a) => ({ text: a.textContent, h: a.getBoundingClientRect().height })).filter((a) => a.h < 24));
      expect(small, path).toEqual([]);
    }
    await p.context().close();
  });

  it('a wide table scrolls inside a box the keyboard can focus and scroll', async () => {
    const p = await tab(390);
    await p.goto(site.base + TOKYO);
    const box = p.locator('.table-scroll').first();
    // A narrow viewport makes the table wider than its box.
    await p.setViewportSize({ width: 280, height: 700 });
    expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await box.focus();
    expect(await p.evaluate(() => document.activeElement?.className)).toBe('table-scroll');
    await p.keyboard.press('ArrowRight');
    await p.keyboard.press('ArrowRight');
    // Keyboard scrolling is animated: wait for it rather than read at once (slow under load).
    await box.evaluate((el) => new Promise<void>((done) => { const t0 = performance.now(); const tick = () => (el.scrollLeft > 0 || performance.now() - t0 > 3000 ? done() : requestAnimationFrame(tick)); tick(); }));
    expect(await box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    await p.context().close();
  });
});

describe('sharing and printing a release', () => {
  it('offers the address in a field to copy, and runs no script but the print date\'s', async () => {
    const p = await tab(1280);
    const scripts: string[] = [];
    p.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
    await p.goto(site.base + CIS_RU);
    expect(await p.locator('#share-url').inputValue()).toMatch(/^https:\/\/.+\/ru\/2020\/10\/07\//);
    expect(scripts).toEqual([]);
    const code = await p.locator('script:not([type="application/ld+json"])').evaluateAll((ss) => ss.map((s) => s.textContent ?? ''));
    expect(code).toHaveLength(1);
    expect(code[0]).toContain('data-print-date');
    await p.context().close();
  });

  it('shows the whole address in the field at 390 and 1280 px (wrapped, never cut off), and selecting it copies it', async () => {
    for (const width of [390, 1280]) {
      const p = await tab(width);
      await p.goto(site.base + CIS_RU);
      const field = p.locator('#share-url');
      const canonical = await p.locator('link[rel="canonical"]').getAttribute('href');
      expect(await field.inputValue()).toBe(canonical);
      const box = await field.evaluate((el) => ({ sw: el.scrollWidth, cw: el.clientWidth, sh: el.scrollHeight, ch: el.clientHeight }));
      expect(box.sw, `${width}`).toBeLessThanOrEqual(box.cw);
      expect(box.sh, `${width}`).toBeLessThanOrEqual(box.ch);
      await p.locator('label[for="share-url"]').click();
      await p.keyboard.press('Control+A');
      expect(await p.evaluate(() => { const f = document.activeElement as HTMLTextAreaElement; return f.value.slice(f.selectionStart, f.selectionEnd); })).toBe(canonical);
      await p.context().close();
    }
  });

  it('prints the site name, the address once and the date, without navigation, related lists or notices', async () => {
    const p = await tab(1280);
    await p.goto(site.base + CIS_RU);
    await p.emulateMedia({ media: 'print' });
    await p.evaluate(() => dispatchEvent(new Event('beforeprint')));
    const shown = await p.evaluate(() => {
      const visible = (s: string) => [...document.querySelectorAll(s)].some((e) => getComputedStyle(e).display !== 'none' && e.getBoundingClientRect().height > 0);
      const text = document.body.innerText;
      return {
        hidden: ['.site-header nav', '.lang-switch', '.breadcrumbs', '.translation-notice', '.related', '.similar', '.share', '.site-footer'].filter(visible),
        head: visible('.print-head'),
        date: document.querySelector('[data-print-date]')!.textContent,
        urlTimes: text.split(document.querySelector<HTMLLinkElement>('link[rel="canonical"]')!.href).length - 1,
        bareAfter: [...document.querySelectorAll('.body a.bare-url')].map((a) => getComputedStyle(a, '::after').content),
      };
    });
    expect(shown.hidden).toEqual([]);
    expect(shown.head).toBe(true);
    expect(shown.date).toMatch(/^Дата печати: \d{1,2} [а-я]+ \d{4}/);
    expect(shown.urlTimes).toBe(1);
    expect(shown.bareAfter.every((c) => c === 'none' || c === 'normal')).toBe(true);
    await p.context().close();
  });

  it.each([['tg', TG_CIS], ['ar', null]] as const)('prints the date in the page\'s language, even where the browser lacks its date data (%s)', async (lang, given) => {
    const path = given ?? await firstRelease(lang);
    const p = await tab(1280);
    await p.goto(site.base + path);
    await p.emulateMedia({ media: 'print' });
    await p.evaluate(() => dispatchEvent(new Event('beforeprint')));
    const zone = await p.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    const template = (await p.locator('[data-print-date]').getAttribute('data-template'))!;
    expect(await p.locator('[data-print-date]').textContent()).toBe(template.replace('{date}', formatDate(new Date(), zone, lang)));
    await p.context().close();
  });

  it('prints, without script, the date of the version printed, labelled as such', async () => {
    const off = await (await site.browser.newContext({ javaScriptEnabled: false })).newPage();
    await off.goto(site.base + CIS_RU);
    await off.emulateMedia({ media: 'print' });
    const line = off.locator('[data-print-date]');
    expect(await line.isVisible()).toBe(true);
    expect(await line.textContent()).toBe('Опубликовано: 7 октября 2020 г.');
    await off.context().close();
  });
});

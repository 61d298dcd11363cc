/**
 * E-mail addresses on a 390 px phone: a line may end only before "@" or a dot, never at a
 * hyphen ("press-" / "service@…" is copied wrongly), and no address runs past the screen.
 * The fixture's organisation e-mail (footer of every page), the MFA's press e-mail
 * (its agency page and releases) and one in a release's text are long and hyphenated;
 * Khovar's is short: a contact's address that fits a line of its own is not split at all.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../support/browser.ts';

const site = useSite();

/** In the page: each character of an element's text with the top (rounded) and left of its box. */
const CHAR_BOXES = `window.charBoxes = (el) => {
  const chars = [];
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (let i = 0; i < node.textContent.length; i++) {
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const r = range.getClientRects()[0];
      chars.push({ ch: node.textContent[i], top: Math.round(r.top), left: r.left });
    }
  }
  return chars;
};`;
interface CharWindow { charBoxes(el: Element): { ch: string; top: number; left: number }[] }
const LONG_TITLE = 'en/2026/05/20/joint-statement-of-the-ministries-of-foreign-affairs-on-the-thirtieth/';

interface Shown { address: string; text: string; copied: string; breaks: string[]; right: number; contact: boolean; fitsAlone: boolean; underlined: boolean }

/** Every e-mail link of the page: its text, what selecting it copies, and the characters on both sides of each line break. */
function addresses(tab: Page): Promise<{ shown: Shown[]; width: number; scroll: number }> {
  return tab.evaluate(() => {
    const shown = [...document.querySelectorAll<HTMLAnchorElement>('a[href^="mailto:"]:not([href^="mailto:?"])')].map((a) => {
      const chars = (window as unknown as CharWindow).charBoxes(a);
      const breaks = chars.slice(1).flatMap((c, i) => (c.top > chars[i]!.top ? [`${chars[i]!.ch}|${c.ch}`] : []));
      const selection = getSelection()!;
      selection.selectAllChildren(a);
      const copied = selection.toString();
      selection.removeAllRanges();
      const rects = [...a.getClientRects()];
      // Would the address fit on a line of its own? Measured on a one-line copy in the same place.
      const copy = a.cloneNode(true) as HTMLElement;
      copy.style.cssText = 'position: absolute; visibility: hidden; white-space: nowrap; max-inline-size: none; inline-size: max-content';
      a.parentElement!.append(copy);
      const line = a.parentElement!.getBoundingClientRect().width;
      const fitsAlone = copy.getBoundingClientRect().width <= line;
      copy.remove();
      const contact = !!a.closest('.site-footer, .press-contact');
      const domain = a.querySelector('.email-domain');
      const underlined = !domain || getComputedStyle(domain).textDecorationLine === getComputedStyle(a).textDecorationLine;
      return { address: a.href.slice('mailto:'.length), text: a.textContent!, copied, breaks, right: Math.max(...rects.map((r) => r.right)), contact, fitsAlone, underlined };
    });
    return { shown, width: document.documentElement.clientWidth, scroll: document.documentElement.scrollWidth };
  });
}

describe('e-mail addresses on a 390 px phone', () => {
  it('wrap only before "@" or a dot, never at a hyphen, stay on screen and copy whole (ru, en, tg, ar)', async () => {
    const phone = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
    await phone.addInitScript(CHAR_BOXES);
    const tab = await phone.newPage();
    const seen = new Set<string>();
    let wrapped = 0;
    let whole = 0;
    for (const lang of ['ru', 'en', 'tg', 'ar']) {
      const paths = [`${lang}/`];
      // The MFA's agency page and its newest release show its press contact.
      await tab.goto(new URL(`${lang}/agencies/mfa-tj/`, site.base).href);
      const release = (await tab.locator('main .release-list-title a').first().getAttribute('href'))!;
      paths.push(`${lang}/agencies/mfa-tj/`, new URL(release, site.base).pathname.slice(1));
      // Khovar's short address fits a line of its own: it must not be split (no Arabic release of Khovar).
      if (lang !== 'ar') paths.push(`${lang}/agencies/khovar/`);
      // An address written in a release's text (Markdown makes it a link).
      if (lang === 'en') paths.push(LONG_TITLE);
      for (const path of paths) {
        await tab.goto(new URL(path, site.base).href);
        const { shown, width, scroll } = await addresses(tab);
        expect(shown.length, path).toBeGreaterThan(0);
        expect(scroll, `${path}: page wider than the screen`).toBeLessThanOrEqual(width);
        for (const a of shown) {
          seen.add(a.address);
          expect(a.text, path).toBe(a.address);
          expect(a.copied, path).toBe(a.address);
          expect(a.underlined, `${path}: ${a.address} underlined in part`).toBe(true);
          expect(a.right, `${path}: ${a.address} runs off the screen`).toBeLessThanOrEqual(width);
          for (const b of a.breaks) expect(b, `${path}: ${a.address} breaks at "${b}"`).toMatch(/^[^-]\|[.@]$/);
          // A contact's address that fits on a line of its own is not split.
          if (a.contact && a.fitsAlone) { expect(a.breaks, `${path}: ${a.address} split though it fits a line`).toEqual([]); whole++; }
          // The fixture's contact addresses have a domain that fits a line: split, they break before "@" only.
          if (a.contact) for (const b of a.breaks) expect(b, `${path}: ${a.address} breaks at "${b}", not before "@"`).toMatch(/\|@$/);
          if (a.breaks.length) wrapped++;
        }
      }
    }
    expect([...seen].sort()).toEqual([
      'khovar-press@example.org',
      'press-service.joint-statement@mfa-tajikistan.example.org',
      'press-service.test-office@information-department.example.org',
      'press-service@mfa-tajikistan.example.org',
    ]);
    // The long addresses do wrap here, so the rule above was put to the test.
    expect(wrapped).toBeGreaterThan(4);
    expect(whole).toBeGreaterThan(2);
    await phone.close();
  });
});

const LTR = 'a[href^="mailto:"]:not([href^="mailto:?"]), a[href^="tel:"], .site-footer [lang="ru"], .press-contact [lang="ru"]';

describe('addresses, phone numbers and Russian fallback texts on a right-to-left page', () => {
  it('read left to right, character after character, at 390 and 1280 px (ar)', async () => {
    let checked = 0;
    for (const width of [390, 1280]) {
      const context = await site.browser.newContext({ viewport: { width, height: 900 } });
      await context.addInitScript(CHAR_BOXES);
      const tab = await context.newPage();
      for (const path of ['ar/', 'ar/agencies/mfa-tj/']) {
        await tab.goto(new URL(path, site.base).href);
        // Contacts, and the Russian texts the Arabic footer and press contact fall back to.
        const backwards = await tab.evaluate((sel) => [...document.querySelectorAll(sel)].flatMap((a) => {
          const chars = (window as unknown as CharWindow).charBoxes(a);
          // On one line, each character stands right of the one before it.
          return chars.slice(1).flatMap((c, i) => (c.top === chars[i]!.top && c.left <= chars[i]!.left ? [`${a.textContent}: "${chars[i]!.ch}${c.ch}"`] : []));
        }), LTR);
        expect(backwards, `${path} at ${width}`).toEqual([]);
        checked += await tab.locator(LTR).count();
      }
      await context.close();
    }
    // ar/: footer name, address and legal line in Russian, phone, e-mail; ar/agencies/mfa-tj/: those and the press contact's.
    expect(checked).toBe(2 * (5 + 8));
  });
});

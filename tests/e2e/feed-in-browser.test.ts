/** A feed is opened as its readable page: the site's design, the address to copy, no XSLT needed. */
import { describe, expect, it } from 'vitest';
import { useSite } from '../support/browser.ts';

const site = useSite();

describe('a feed page in Chromium', () => {
  it('is reached from the home page and shows the title, what the feed carries, the address and its newest releases', async () => {
    const tab = await site.browser.newPage();
    await tab.goto(new URL('tg/', site.base).href);
    await tab.locator('.subscribe a').click();
    await tab.waitForURL(/\/tg\/feed\/$/);
    expect(await tab.locator('h1').textContent()).toBe('Лентаи RSS: Хадамоти матбуоти Идораи санҷишӣ');
    expect(await tab.locator('html').getAttribute('lang')).toBe('tg');
    expect(await tab.locator('.feed-about').textContent()).toBe('Ҳамаи иттилоияҳои нав бо забони тоҷикӣ.');
    // Styled by the site's own stylesheet (the CSP allows it), unlike the old XSLT page.
    expect(await tab.locator('.feed-address').evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe('solid');
    const links = await tab.locator('.release-list-title a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links.length).toBeGreaterThan(2);
    for (const href of links) expect(href).toMatch(/\/tg\/\d{4}\/\d{2}\/\d{2}\//);
    await tab.close();
  });

  it('lets a reader select the whole address with the keyboard to copy it', async () => {
    const tab = await site.browser.newPage();
    await tab.goto(new URL('ru/countries/tj/feed/', site.base).href);
    await tab.locator('label[for="feed-url"]').click();
    await tab.keyboard.press('Control+A');
    const selected = await tab.evaluate(() => {
      const input = document.activeElement as HTMLInputElement;
      return input.value.slice(input.selectionStart!, input.selectionEnd!);
    });
    expect(selected).toBe('https://press.example.org/ru/countries/tj/rss.xml');
    await tab.close();
  });

  it('shows the whole address on a 390 px phone, wrapped rather than cut off', async () => {
    const phone = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
    const tab = await phone.newPage();
    await tab.goto(new URL('tg/countries/tj/feed/', site.base).href);
    const box = await tab.locator('#feed-url').evaluate((el) => ({ sw: el.scrollWidth, cw: el.clientWidth, sh: el.scrollHeight, ch: el.clientHeight }));
    expect(box.sw).toBeLessThanOrEqual(box.cw);
    expect(box.sh).toBeLessThanOrEqual(box.ch);
    await phone.close();
  });

  it('links the feed file, served as XML', async () => {
    const tab = await site.browser.newPage();
    await tab.goto(new URL('ru/countries/tj/feed/', site.base).href);
    const href = await tab.locator('a[type="application/rss+xml"]').getAttribute('href');
    const response = await tab.request.get(new URL(href!, site.base).href);
    expect(response.status()).toBe(200);
    expect(await response.text()).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?><rss version="2\.0"/);
    await tab.close();
  });
});

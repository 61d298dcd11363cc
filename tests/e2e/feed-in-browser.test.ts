/** A feed opened in a browser is readable: rss.xsl turns it into a page in the feed's language. */
import { describe, expect, it } from 'vitest';
import { useSite } from '../support/browser.ts';

const site = useSite();


describe('a feed opened in Chromium', () => {
  it('shows the feed title, a localized explanation and a linked list of releases', async () => {
    const tab = await site.browser.newPage();
    await tab.goto(new URL('tg/rss.xml', site.base).href);
    await expect.poll(() => tab.locator('h1').textContent()).toContain('Маркази матбуот');
    expect(await tab.locator('html').getAttribute('lang')).toBe('tg');
    expect(await tab.locator('.note').textContent()).toContain('лентаи RSS');
    const links = await tab.locator('li a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links.length).toBeGreaterThan(2);
    for (const href of links) expect(href).toMatch(/^https:\/\/press\.example\.org\/tg\/\d{4}\//);
    await tab.close();
  });
});

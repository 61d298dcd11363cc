/** Every feed has a readable page in the site's design; release and list pages announce and link their feeds. */
import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import { distFiles, exists, htmlPages, page, read } from '../support/dist.ts';

const SITE = 'https://press.example.org/';
const feeds = distFiles().filter((f) => f.endsWith('rss.xml'));
const feedPageOf = (feed: string) => `/${feed.replace(/rss\.xml$/, 'feed/')}`;
const rssLinks = (doc: Document) => [...doc.querySelectorAll('head link[rel="alternate"][type="application/rss+xml"]')].map((l) => l.getAttribute('href'));

describe('readable feed pages', () => {
  it("name the site once in their title (the whole site's feed is named after it)", () => {
    for (const feed of feeds) {
      const doc = page(feedPageOf(feed));
      const site = doc.querySelector('meta[property="og:site_name"]')!.getAttribute('content')!;
      expect(doc.title.split(site).length - 1, feed).toBe(1);
    }
  });

  it('exist for every feed, with the title, what it carries, the address to copy and the newest items', () => {
    expect(feeds.length).toBeGreaterThan(40);
    for (const feed of feeds) {
      const path = feedPageOf(feed);
      expect(exists(path), path).toBe(true);
      const doc = page(path);
      const channel = parseFeed(read(feed));
      expect(doc.querySelector('h1')!.textContent, path).toContain(channel.title!.split(' — ')[0]);
      expect(doc.querySelector('.feed-about')!.textContent, path).toBe(channel.description);
      const address = doc.querySelector('textarea#feed-url')!;
      expect(address.textContent, path).toBe(`${SITE}${feed}`);
      expect(address.hasAttribute('readonly'), path).toBe(true);
      expect(doc.querySelector('label[for="feed-url"]')!.textContent, path).toBeTruthy();
      expect(doc.querySelector(`a[href="/${feed}"][type="application/rss+xml"]`), path).not.toBeNull();
      expect(rssLinks(doc), path).toEqual([`${SITE}${feed}`]);
      expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content'), path).toBe('noindex, follow');
      // The newest items, as the feed has them, in order.
      const shown = [...doc.querySelectorAll('.release-list-title a')].map((a) => `${SITE}${a.getAttribute('href')!.slice(1)}`);
      expect(shown, path).toEqual(channel.items.slice(0, 10).map((i) => i.url));
    }
  });

  it('speak the feed language and link the same feed page in the other languages', () => {
    const doc = page('/tg/feed/');
    expect(doc.documentElement.getAttribute('lang')).toBe('tg');
    expect(doc.querySelector('h1')!.textContent).toBe('Лентаи RSS: Хадамоти матбуоти Идораи санҷишӣ');
    expect(doc.querySelector('.feed-size')!.textContent).toMatch(/^Иттилоияҳо дар лента: \d+/);
    const hreflang = [...doc.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => l.getAttribute('href'));
    expect(hreflang).toContain(`${SITE}ru/feed/`);
    expect(page('/ru/countries/tj/feed/').querySelector('h1')!.textContent).toBe('RSS-лента: Таджикистан');
    // How much of the feed is full text, from FEED_SIZE and FULL_TEXT_ITEMS.
    expect(page('/en/countries/no/feed/').querySelector('.feed-size')!.textContent).toBe('Press releases in the feed: 20; with their full text (the newest): 10. The others give the opening and a link to the site.');
    expect(page('/ru/countries/tj/feed/').querySelector('.feed-size')!.textContent).toBe('Пресс-релизов в ленте: 3, все с полным текстом.');
    // The fixture's Arabic home feed is long (releases naming Iceland); one of its topics has one release.
    expect(page('/ar/topics/diplomacy/feed/').querySelector('.feed-size')!.textContent).toBe('البيانات الصحفية في الخلاصة: 1، جميعها بالنص الكامل.');
  });
});

describe('pages that announce feeds', () => {
  const releasePages = htmlPages().filter((p) => /^\w+\/\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/.test(p));

  it("release pages: autodiscovery of the language's and the agency's feed, and visible links to their pages", () => {
    expect(releasePages.length).toBeGreaterThan(10);
    for (const file of releasePages) {
      const lang = file.split('/')[0];
      const doc = page(`/${file.replace(/index\.html$/, '')}`);
      const agency = doc.querySelector('.agency a')!.getAttribute('href')!;
      expect(rssLinks(doc), file).toEqual([`${SITE}${lang}/rss.xml`, `${SITE}${agency.slice(1)}rss.xml`]);
      const visible = [...doc.querySelectorAll('.subscribe a')].map((a) => a.getAttribute('href'));
      expect(visible, file).toEqual([`/${lang}/feed/`, `${agency}feed/`]);
      for (const href of visible) expect(exists(href!), `${file} → ${href}`).toBe(true);
    }
  });

  it('home and list pages: their own feed announced and its readable page linked', () => {
    for (const path of ['/ru/', '/en/countries/tj/', '/tg/agencies/khovar/', '/en/topics/diplomacy/']) {
      const doc = page(path);
      expect(rssLinks(doc), path).toEqual([`${SITE}${path.slice(1)}rss.xml`]);
      expect(doc.querySelector('.subscribe a')!.getAttribute('href'), path).toBe(`${path}feed/`);
    }
  });
});

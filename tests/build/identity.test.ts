/**
 * The organisation's name (content/organisation.yml; the fixture's differs from the UI
 * strings' "Пресс-центр") is the one publisher name everywhere; its emblem is the
 * publisher logo; a release without a photo offers its card in the three ratios of
 * article structured data; a credited writer is shown and is an author.
 */
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { parseFeed } from '@rowanmanning/feed-parser';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/i18n/format.ts';
import { t } from '../../src/i18n/t.ts';
import { cardPng, type CardShape } from '../../src/lib/outputs/og-card.ts';
import { distFiles, htmlPages, page, read } from '../support/dist.ts';
import { FIXTURE_DIST } from '../support/fixture.ts';

const SITE = 'https://press.example.org/';
const NAME: Record<string, string> = {
  ru: 'Пресс-служба Тестового ведомства', en: 'Test Office Press Service', tg: 'Хадамоти матбуоти Идораи санҷишӣ',
  // Not named in Arabic: the reference language's name.
  ar: 'Пресс-служба Тестового ведомства',
};
// A Tajik release without a photo, with a byline.
const NEWS = '/tg/2026/05/31/vaziri-korhoi-khoriji-bo-hamtoi-qazoq-muloqot-kard/';
const ld = (doc: Document) => [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent!));
const meta = (doc: Document, key: string) => doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');
const releasePages = htmlPages().filter((p) => /^\w+\/\d{4}\/\d{2}\/\d{2}\//.test(p)).map((p) => `/${p.replace(/index\.html$/, '')}`);

describe('the organisation name is the publisher name everywhere', () => {
  it.each(Object.entries(NAME))('%s: header, titles, social tags, feeds, structured data', (lang, name) => {
    expect(name).not.toBe(t(lang, 'site.name'));
    const home = page(`/${lang}/`);
    expect(home.querySelector('.brand-name')!.textContent).toBe(name);
    expect(home.querySelector('title')!.textContent).toBe(name);
    expect(meta(home, 'og:site_name')).toBe(name);
    expect(home.querySelector('link[rel="alternate"][type="application/rss+xml"]')!.getAttribute('title')).toBe(name);
    expect(parseFeed(read(`${lang}/rss.xml`)).title).toBe(name);
    for (const f of distFiles().filter((f) => f.startsWith(`${lang}/`) && f.endsWith('/rss.xml') && f !== `${lang}/rss.xml`)) {
      expect(parseFeed(read(f)).title, f).toMatch(new RegExp(` — ${name}$`));
    }
    for (const path of releasePages.filter((p) => p.startsWith(`/${lang}/`))) {
      const doc = page(path);
      expect(doc.querySelector('title')!.textContent, path).toMatch(new RegExp(` — ${name}$`));
      expect(ld(doc)[0].publisher.name, path).toBe(name);
      expect(doc.querySelector('.print-site')!.textContent, path).toBe(name);
    }
  });

  it('the root page and the news sitemap name it in each language', () => {
    const root = page('/');
    expect([...root.querySelectorAll('section h2')].map((h) => h.textContent)).toEqual(Object.values(NAME));
    const news = read('sitemap-news.xml');
    const names = [...news.matchAll(/<news:name>([^<]+)<\/news:name><news:language>(\w+)</g)].map(([, n, l]) => [l, n]);
    expect(names.length).toBeGreaterThan(0);
    for (const [l, n] of names) expect(n, l).toBe(NAME[l!]);
  });

  it("the generated card shows it: the card is the one drawn with the organisation's name", async () => {
    const doc = page(NEWS);
    const [article] = ld(doc);
    const offset = article.datePublished.slice(-6);
    const card = {
      title: meta(doc, 'og:title')!,
      agency: doc.querySelector('.meta .agency a')!.textContent!,
      // Etc/GMT zones count the other way round.
      date: formatDate(new Date(article.datePublished), `Etc/GMT${offset.startsWith('+') ? '-' : '+'}${Number(offset.slice(1, 3))}`, 'tg'),
      siteName: NAME.tg!, dir: 'ltr' as const,
    };
    const dir = join(FIXTURE_DIST, NEWS.slice(1));
    expect(readFileSync(join(dir, 'og.png')).equals(await cardPng(card))).toBe(true);
    expect(readFileSync(join(dir, 'og.png')).equals(await cardPng({ ...card, siteName: t('tg', 'site.name') }))).toBe(false);
    for (const [shape, file] of [['square', 'card-1x1.png'], ['wide', 'card-16x9.png']] as [CardShape, string][]) {
      expect(readFileSync(join(dir, file)).equals(await cardPng({ ...card, shape })), file).toBe(true);
    }
  });
});

/** RGBA of the pixel at (x, y) of a PNG in dist. */
async function pixel(file: string, x: number, y: number): Promise<number[]> {
  const { data, info } = await sharp(join(FIXTURE_DIST, file)).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  const i = (y * info.width + x) * 4;
  return [...data.subarray(i, i + 4)];
}

describe('the publisher logo', () => {
  it("is the organisation's emblem (the fixture's is red, 3:2, a white disc in the middle), not the site icon, unstretched", async () => {
    const { width, height, format } = await sharp(join(FIXTURE_DIST, 'logo.png')).metadata();
    expect([format, width, height]).toEqual(['png', 512, 512]);
    expect(await pixel('logo.png', 256, 256)).toEqual([255, 255, 255, 255]);
    expect(await pixel('logo.png', 4, 256)).toEqual([0xb2, 0x22, 0x22, 255]);
    expect((await pixel('logo.png', 256, 40))[3]).toBe(0);
    for (const path of releasePages) expect(ld(page(path))[0].publisher.logo, path).toEqual({ '@type': 'ImageObject', url: `${SITE}logo.png` });
  });
});

describe('article images in 16:9, 4:3 and 1:1', () => {
  it('a release with a photo gives its crops, one without its card in the same three shapes, each over 50,000 pixels', async () => {
    let cards = 0;
    let photos = 0;
    for (const path of releasePages) {
      const images: string[] = ld(page(path))[0].image;
      expect(images.length, path).toBe(3);
      const sizes = await Promise.all(images.map(async (url) => {
        expect(url.startsWith(SITE), url).toBe(true);
        const { width = 0, height = 0 } = await sharp(join(FIXTURE_DIST, decodeURI(url.slice(SITE.length)))).metadata();
        return [width, height] as const;
      }));
      sizes.forEach(([w, h], i) => {
        expect(Math.abs(w / h - [16 / 9, 4 / 3, 1][i]!), `${path} ${images[i]}`).toBeLessThan(0.01);
        expect(w * h, images[i]).toBeGreaterThanOrEqual(50_000);
      });
      if (page(path).querySelector('.hero img')) photos++;
      else {
        cards++;
        expect(images, path).toEqual(['card-16x9.png', 'card-4x3.png', 'card-1x1.png'].map((f) => `${SITE}${path.slice(1)}${f}`));
      }
    }
    expect(cards).toBeGreaterThan(0);
    expect(photos).toBeGreaterThan(0);
  });
});

describe('the byline', () => {
  it('is shown in the meta line in the page language and is the first author, a Person, beside the agency', () => {
    const doc = page(NEWS);
    expect(doc.querySelector('.meta .byline')!.textContent).toBe('Муаллиф: Анвар Саидов');
    expect(ld(doc)[0].author).toEqual([
      { '@type': 'Person', name: 'Анвар Саидов' },
      { '@type': 'Organization', name: doc.querySelector('.meta .agency a')!.textContent, url: expect.stringMatching(/\/tg\/agencies\/[^/]+\/$/) },
    ]);
    const others = releasePages.filter((p) => p !== NEWS);
    expect(others.length).toBeGreaterThan(10);
    for (const path of others) expect(page(path).querySelector('.byline'), path).toBeNull();
  });
});

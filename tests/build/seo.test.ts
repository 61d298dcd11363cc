import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { distFiles, htmlPages, page } from '../support/dist.ts';
import { FIXTURE_DIST } from '../support/fixture.ts';

const SITE = 'https://press.example.org/';
const RU = '/ru/2020/10/07/mid-stran-sng-proveli-konsultatsii-o-sotrudnichestve-v-informatsionnoy-sfere/';
const releasePages = htmlPages().filter((p) => /^\w+\/\d{4}\/\d{2}\/\d{2}\//.test(p)).map((p) => `/${p.replace(/index\.html$/, '')}`);

// Headings carry typographic non-breaking spaces; metadata has the title as written.
const plain = (s: string) => s.replace(/\u00a0/g, ' ');
const ld = (doc: Document) => [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent!));
const meta = (doc: Document, key: string) => [...doc.querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`)].map((m) => m.getAttribute('content'));

describe('release page metadata', () => {
  it('has a NewsArticle and a BreadcrumbList in JSON-LD with the required fields', () => {
    expect(releasePages.length).toBeGreaterThan(10);
    for (const path of releasePages) {
      const doc = page(path);
      const [article, crumbs] = ld(doc);
      expect(article, path).toMatchObject({ '@context': 'https://schema.org', '@type': 'NewsArticle', url: `${SITE}${path.slice(1)}` });
      expect(article.headline, path).toBe(plain(doc.querySelector('h1')!.textContent!));
      expect(article.datePublished, path).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
      expect(article.dateModified, path).toMatch(/[+-]\d{2}:\d{2}$/);
      expect(article.inLanguage, path).toBe(doc.documentElement.getAttribute('lang'));
      // The agency is the (last) author; a credited writer comes first (tests/build/identity.test.ts).
      const agency = [article.author].flat().at(-1);
      expect(agency, path).toMatchObject({ '@type': 'Organization', name: expect.any(String), url: expect.stringMatching(/\/agencies\/[^/]+\/$/) });
      // The agency writes, the press center publishes.
      expect(article.publisher, path).toEqual({
        '@type': 'Organization', name: doc.querySelector('meta[property="og:site_name"]')!.getAttribute('content'),
        url: `${SITE}${path.split('/')[1]}/`, logo: { '@type': 'ImageObject', url: `${SITE}logo.png` },
      });
      expect(agency.name, path).not.toBe(article.publisher.name);
      expect(meta(doc, 'article:published_time'), path).toEqual([article.datePublished]);
      expect(meta(doc, 'article:modified_time'), path).toEqual([article.dateModified]);
      expect(meta(doc, 'og:image:alt')[0], path).toBeTruthy();
      expect(crumbs['@type'], path).toBe('BreadcrumbList');
      expect(crumbs.itemListElement.at(-1).item, path).toBe(article.url);
    }
  });

  it('names participant countries as Places, the source as isBasedOn, with the release offset', () => {
    const [article] = ld(page(RU));
    expect(article.datePublished).toBe('2020-10-07T10:00:00+05:00');
    expect(article.about).toContainEqual({ '@type': 'Place', name: 'Таджикистан' });
    // Where it happened: the dateline city, not the six participant countries.
    expect(article.contentLocation).toEqual({ '@type': 'Place', name: 'Душанбе' });
    expect(article.about.length).toBeGreaterThan(1);
    const sourced = releasePages.map((p) => ld(page(p))[0]).filter((a) => a.isBasedOn);
    expect(sourced.length).toBeGreaterThan(0);
    for (const a of sourced) expect(a.isBasedOn).toMatch(/^https?:\/\//);
  });

  it('has Open Graph and Twitter tags with locale and alternate locales', () => {
    const doc = page(RU);
    expect(meta(doc, 'og:type')).toEqual(['article']);
    expect(meta(doc, 'og:title')[0]).toBe(plain(doc.querySelector('h1')!.textContent!));
    expect(meta(doc, 'og:url')).toEqual([`${SITE}${RU.slice(1)}`]);
    expect(meta(doc, 'og:locale')).toEqual(['ru_RU']);
    expect(meta(doc, 'og:locale:alternate').sort()).toEqual(['en_GB', 'tg_TJ']);
    expect(meta(doc, 'og:description')[0]).toBeTruthy();
    expect(meta(doc, 'twitter:card')).toEqual(['summary_large_image']);
    expect(meta(doc, 'twitter:image')).toEqual(meta(doc, 'og:image'));
  });

  it('has a 1200x630 social image for every release: the cropped hero or a generated card', async () => {
    let cropped = 0;
    for (const path of releasePages) {
      const url = meta(page(path), 'og:image')[0]!;
      expect(url.startsWith(SITE), path).toBe(true);
      const file = decodeURI(url.slice(SITE.length));
      expect(distFiles(), `${path}: ${file}`).toContain(file);
      if (!file.endsWith('og.png')) cropped++;
      const { width, height } = await sharp(join(FIXTURE_DIST, file)).metadata();
      expect([width, height], path).toEqual([1200, 630]);
    }
    expect(cropped).toBeGreaterThan(0);
    expect(cropped).toBeLessThan(releasePages.length);
  });
});

describe('release images for search engines', () => {
  it('give a photo in 16:9, 4:3 and 1:1, a release without one its generated card in those shapes; og:image:alt describes the image', async () => {
    let photos = 0;
    for (const path of releasePages) {
      const doc = page(path);
      const [article] = ld(doc);
      const og = meta(doc, 'og:image')[0]!;
      const sizes = await Promise.all(article.image.map(async (url: string) => {
        const { width, height } = await sharp(join(FIXTURE_DIST, decodeURI(url.slice(SITE.length)))).metadata();
        return `${width}x${height}`;
      }));
      const hero = doc.querySelector('.hero img');
      if (hero) {
        photos++;
        // The fixture photo is 1600x900: each ratio as large as it allows, never enlarged.
        expect(sizes, path).toEqual(['1200x675', '1200x900', '900x900']);
        expect(meta(doc, 'og:image:alt'), path).toEqual([hero.getAttribute('alt')]);
      } else {
        expect(sizes, path).toEqual(['600x338', '600x450', '600x600']);
        expect(og, path).toBe(`${SITE}${path.slice(1)}og.png`);
        expect(meta(doc, 'og:image:alt'), path).toEqual([plain(doc.querySelector('h1')!.textContent!)]);
      }
    }
    expect(photos).toBeGreaterThan(0);
  });

  it('the publisher logo is a square PNG of at least 112 px', async () => {
    const { width, height, format } = await sharp(join(FIXTURE_DIST, 'logo.png')).metadata();
    expect(format).toBe('png');
    expect(width).toBe(height);
    expect(width).toBeGreaterThanOrEqual(112);
  });
});

describe('list page metadata', () => {
  it('the home page is a CollectionPage with an ItemList of the releases it shows', () => {
    const doc = page('/en/');
    const [collection] = ld(doc);
    const shown = [...doc.querySelectorAll('.release-list-title a')].map((a) => `${SITE}${a.getAttribute('href')!.slice(1)}`);
    expect(collection).toMatchObject({ '@type': 'CollectionPage', url: `${SITE}en/`, inLanguage: 'en', mainEntity: { '@type': 'ItemList' } });
    expect(shown.length).toBeGreaterThan(0);
    expect(collection.mainEntity.itemListElement.map((i: { url: string }) => i.url)).toEqual(shown);
  });
});

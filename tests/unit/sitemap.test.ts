import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alternatesFromBuiltPages, hreflangLinks, lastModified, notInSitemap, NEWS_MAX, newsReleases, newsSitemap, robotsTxt } from '../../src/lib/outputs/sitemap.ts';

const r = (iso: string, title = 't') => ({ lang: 'ru', path: `/ru/${iso}/`, zone: 'Europe/Moscow', data: { title, date: new Date(iso) } });

describe('hreflangLinks', () => {
  it('reads rel=alternate hreflang links, ignoring the RSS alternate and canonical', () => {
    const html = '<link rel="canonical" href="https://s.org/ru/a/"><link rel="alternate" hreflang="ru" href="https://s.org/ru/a/"><link rel="alternate" hreflang="en" href="https://s.org/en/b/?x=1&amp;y=2"><link rel="alternate" type="application/rss+xml" href="https://s.org/ru/rss.xml"><link rel="alternate" hreflang="x-default" href="https://s.org/ru/a/">';
    expect(hreflangLinks(html)).toEqual([
      { lang: 'ru', url: 'https://s.org/ru/a/' }, { lang: 'en', url: 'https://s.org/en/b/?x=1&y=2' }, { lang: 'x-default', url: 'https://s.org/ru/a/' },
    ]);
  });
});

describe('newsReleases', () => {
  const now = new Date('2026-06-01T12:00:00Z');
  it('keeps the last two days up to now, newest first', () => {
    const list = [r('2026-05-30T11:59:59Z'), r('2026-05-30T12:00:00Z'), r('2026-06-01T11:00:00Z'), r('2026-06-01T12:00:01Z')];
    expect(newsReleases(list, now).map((x) => x.data.date.toISOString())).toEqual(['2026-06-01T11:00:00.000Z', '2026-05-30T12:00:00.000Z']);
  });
  it('lists at most 1000', () => {
    const many = Array.from({ length: 1200 }, (_, i) => r(new Date(now.getTime() - i * 1000).toISOString()));
    expect(newsReleases(many, now)).toHaveLength(NEWS_MAX);
  });
});

describe('newsSitemap and robotsTxt', () => {
  it('escapes titles and writes the publication date with its offset', () => {
    const xml = newsSitemap([r('2026-06-01T09:00:00Z', 'A & <B>')], (x) => `https://s.org${x.path}`, () => 'Press');
    expect(xml).toContain('<news:title>A &amp; &lt;B&gt;</news:title>');
    expect(xml).toContain('<news:publication_date>2026-06-01T12:00:00+03:00</news:publication_date>');
    expect(xml).toContain('<news:name>Press</news:name><news:language>ru</news:language>');
  });
  it('lists the fallback without news tags when nothing is recent, and only then', () => {
    const empty = newsSitemap([] as ReturnType<typeof r>[], (x) => `https://s.org${x.path}`, () => 'Press', 'https://s.org/ru/2020/10/07/a/');
    expect(empty).toContain('<url><loc>https://s.org/ru/2020/10/07/a/</loc></url>');
    expect(empty).not.toContain('<news:news>');
    const recent = newsSitemap([r('2026-06-01T09:00:00Z', 'A')], (x) => `https://s.org${x.path}`, () => 'Press', 'https://s.org/old/');
    expect(recent).not.toContain('https://s.org/old/');
  });
  it('names each sitemap', () => {
    expect(robotsTxt(['https://s.org/p/sitemap-index.xml'])).toContain('\nSitemap: https://s.org/p/sitemap-index.xml\n');
  });
});

describe('lastModified', () => {
  it("takes a release's article:modified_time as written", () => {
    expect(lastModified('<meta property="article:modified_time" content="2020-10-08T10:00:00+05:00"><time datetime="2021-01-01T00:00:00.000Z">')).toBe('2020-10-08T10:00:00+05:00');
  });
  it('takes the newest listed date of a list page', () => {
    expect(lastModified('<time datetime="2020-01-01T00:00:00.000Z">a</time><time class="x" datetime="2020-03-01T10:00:00.000Z">b</time><time datetime="2020-02-01T00:00:00.000Z">c</time>')).toBe('2020-03-01T10:00:00.000Z');
  });
  it('gives nothing for a page without dates', () => {
    expect(lastModified('<p>no dates</p>')).toBeUndefined();
  });
});

describe('notInSitemap', () => {
  it('leaves out 404s, search pages and the readable feed pages, nothing else', () => {
    for (const u of ['https://s.org/404.html', 'https://s.org/ru/404/', 'https://s.org/ru/search/', 'https://s.org/ru/feed/', 'https://s.org/ru/countries/tj/feed/']) expect(notInSitemap(u), u).toBe(true);
    for (const u of ['https://s.org/', 'https://s.org/ru/', 'https://s.org/ru/countries/tj/', 'https://s.org/ru/2020/10/07/search-feed/']) expect(notInSitemap(u), u).toBe(false);
  });
});

describe('alternatesFromBuiltPages', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitemap-'));
  const page = (rel: string, html: string) => { mkdirSync(join(dir, rel), { recursive: true }); writeFileSync(join(dir, rel, 'index.html'), html); };
  page('', '<p>root</p>');
  page('ru/', '<time datetime="2020-05-01T00:00:00.000Z"></time>');
  page('en/', '<time datetime="2020-06-01T00:00:00.000Z"></time>');
  page('ru/countries/', '<p>counts only</p>');
  page('ru/a/', '<meta property="article:modified_time" content="2020-04-01T10:00:00+05:00">');
  const serialize = alternatesFromBuiltPages(dir, 'https://s.org/', ['ru', 'en']);
  it("dates a page without dates by its language's home, and the root by the newest language", () => {
    expect(serialize({ url: 'https://s.org/ru/a/' }).lastmod).toBe('2020-04-01T10:00:00+05:00');
    expect(serialize({ url: 'https://s.org/ru/countries/' }).lastmod).toBe('2020-05-01T00:00:00.000Z');
    expect(serialize({ url: 'https://s.org/' }).lastmod).toBe('2020-06-01T00:00:00.000Z');
  });
});

import { describe, expect, it } from 'vitest';
import { hreflangLinks, NEWS_MAX, newsReleases, newsSitemap, robotsTxt } from '../../src/lib/outputs/sitemap.ts';

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
  it('names each sitemap', () => {
    expect(robotsTxt(['https://s.org/p/sitemap-index.xml'])).toContain('\nSitemap: https://s.org/p/sitemap-index.xml\n');
  });
});

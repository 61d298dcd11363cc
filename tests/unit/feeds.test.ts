import { describe, expect, it } from 'vitest';
import { absolutizeHtml, feedItem, type FeedRelease } from '../../src/lib/outputs/feeds.ts';

const rel = (id: string, countries: string[], agency: string, topics: string[]): FeedRelease => ({
  id, lang: 'ru', path: `/ru/2020/10/07/${id}/`, zone: 'Asia/Dushanbe',
  data: { title: `T ${id}`, summary: 'S', date: new Date('2020-10-07T05:00:00Z'), agency: { id: agency },
    participants: { countries, organisations: [] }, topics: topics.map((t) => ({ id: t })) },
});

describe('absolutizeHtml', () => {
  it('makes relative and root-relative links and images absolute, leaves others alone', () => {
    const html = '<a href="/press/_astro/x.jpg">x</a><img src="img.png"><a href="https://a.org/">a</a><a href="#fn1">1</a><a href="mailto:x@y.z">m</a>';
    expect(absolutizeHtml(html, 'https://s.org/press/ru/2020/10/07/a/')).toBe(
      '<a href="https://s.org/press/_astro/x.jpg">x</a><img src="https://s.org/press/ru/2020/10/07/a/img.png"><a href="https://a.org/">a</a><a href="#fn1">1</a><a href="mailto:x@y.z">m</a>',
    );
  });
});

describe('feedItem', () => {
  it('puts the RFC 822 date in the release zone, the agency as dc:creator, full text and categories', () => {
    const item = feedItem(rel('a', ['TJ'], 'mfa', []), { url: 'https://s.org/ru/a/', html: '<img src="/i.png">', agency: 'МИД & Co', categories: ['Таджикистан'] });
    expect(item.link).toBe('https://s.org/ru/a/');
    expect(item.customData).toContain('<pubDate>Wed, 07 Oct 2020 10:00:00 +0500</pubDate>');
    expect(item.customData).toContain('<dc:creator>МИД &amp; Co</dc:creator>');
    expect(item.content).toBe('<img src="https://s.org/i.png">');
    expect(item.categories).toEqual(['Таджикистан']);
  });
});

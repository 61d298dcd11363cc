import { describe, expect, it } from 'vitest';
import { absolutizeHtml, channelData, feedItem, type FeedRelease } from '../../src/lib/outputs/feeds.ts';
import { excerpt } from '../../src/lib/outputs/excerpt.ts';

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
    const item = feedItem(rel('a', ['TJ'], 'mfa', []), { url: 'https://s.org/ru/a/', html: '<img src="/i.png">', full: true, agency: 'МИД & Co', categories: ['Таджикистан'] });
    expect(item.link).toBe('https://s.org/ru/a/');
    expect(item.customData).toContain('<pubDate>Wed, 07 Oct 2020 10:00:00 +0500</pubDate>');
    expect(item.customData).toContain('<dc:creator>МИД &amp; Co</dc:creator>');
    expect(item.content).toBe('<img src="https://s.org/i.png">');
    expect(item.categories).toEqual(['Таджикистан']);
  });
});

describe('feedItem creators', () => {
  const ctx = { url: 'https://s.org/ru/a/', html: '', full: false, agency: 'МИД', categories: [] };
  it('names the agency, then the person of the byline, one dc:creator each (escaped)', () => {
    const r = rel('a', [], 'mfa', []);
    const item = feedItem({ ...r, data: { ...r.data, byline: 'Анвар «А» & Саидов' } }, ctx);
    expect(item.customData.match(/<dc:creator>[^<]*<\/dc:creator>/g)).toEqual(['<dc:creator>МИД</dc:creator>', '<dc:creator>Анвар «А» &amp; Саидов</dc:creator>']);
  });
  it('names the agency alone without a byline', () => {
    expect(feedItem(rel('a', [], 'mfa', []), ctx).customData.match(/<dc:creator>[^<]*<\/dc:creator>/g)).toEqual(['<dc:creator>МИД</dc:creator>']);
  });
});

describe('feedItem beyond the full-text items', () => {
  const ctx = { url: 'https://s.org/ru/a/', html: '<h2>Итоги</h2><p>Первый абзац &amp; второй.</p><p>Дальше.</p>', agency: 'МИД', categories: [] };
  it('carries no full text, only the description', () => {
    const item = feedItem(rel('a', [], 'mfa', []), { ...ctx, full: false });
    expect(item).not.toHaveProperty('content');
    expect(item.description).toBe('S');
  });
  it('describes a release without a summary by the opening of its text', () => {
    const r = rel('a', [], 'mfa', []);
    const item = feedItem({ ...r, data: { ...r.data, summary: undefined } }, { ...ctx, full: true });
    expect(item.description).toBe('Первый абзац & второй.');
  });
  it('gives the photo as media:content with its size and description, escaped', () => {
    const item = feedItem(rel('a', [], 'mfa', []), { ...ctx, full: false, image: { url: 'https://s.org/_astro/p.jpeg?a=1&b=2', width: 1200, height: 675, alt: 'Зал "А"' } });
    expect(item.customData).toContain('<media:content url="https://s.org/_astro/p.jpeg?a=1&amp;b=2" type="image/jpeg" medium="image" width="1200" height="675"><media:description type="plain">Зал &quot;А&quot;</media:description></media:content>');
    expect(feedItem(rel('a', [], 'mfa', []), { ...ctx, full: false }).customData).not.toContain('media:');
  });
});

describe('channelData', () => {
  it('names the feed itself and dates it by the newest change among its items', () => {
    const a = rel('a', [], 'mfa', []);
    const b = { ...rel('b', [], 'mfa', []), data: { ...rel('b', [], 'mfa', []).data, date: new Date('2020-09-01T00:00:00Z'), updated: new Date('2020-11-02T03:04:05Z') } };
    const xml = channelData('ru', 'https://s.org/ru/rss.xml', [a, b]);
    expect(xml).toContain('<language>ru</language>');
    expect(xml).toContain('<atom:link href="https://s.org/ru/rss.xml" rel="self" type="application/rss+xml"/>');
    expect(xml).toContain('<lastBuildDate>Mon, 02 Nov 2020 03:04:05 +0000</lastBuildDate>');
  });
  it('has no lastBuildDate for a feed without items', () => {
    expect(channelData('ar', 'https://s.org/ar/rss.xml', [])).not.toContain('lastBuildDate');
  });
});

describe('excerpt', () => {
  it('takes the first non-empty paragraph as plain text, entities decoded, spaces collapsed', () => {
    expect(excerpt('<h2>Заголовок</h2><p> </p><p>Текст  <a href="/x">со&nbsp;ссылкой</a>\nи&nbsp;&laquo;кавычками&raquo;.</p><p>Второй.</p>'))
      .toBe('Текст со\u00a0ссылкой и\u00a0«кавычками».');
  });
  it('cuts a long paragraph at a word boundary with an ellipsis', () => {
    const words = Array.from({ length: 100 }, (_, i) => `слово${i}`).join(' ');
    const out = excerpt(`<p>${words}</p>`, 60);
    expect(out.length).toBeLessThanOrEqual(60);
    expect(out.endsWith('…')).toBe(true);
    expect(words.startsWith(out.slice(0, -1))).toBe(true);
    expect(words[out.length - 1]).toBe(' ');
  });
  it('falls back to the whole text when there is no paragraph', () => {
    expect(excerpt('<ul><li>Один</li><li>Два</li></ul>')).toMatch(/^Один\s?Два$/);
  });
});

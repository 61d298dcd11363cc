import { execFileSync, spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import { distFiles, exists, htmlPages, page, read } from '../support/dist.ts';
import { FIXTURE_DIST } from '../support/fixture.ts';
import sharp from 'sharp';
import { FEED_SIZE, FULL_TEXT_ITEMS } from '../../src/lib/outputs/feeds.ts';

const feeds = distFiles().filter((f) => f.endsWith('rss.xml'));
const RFC822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} [+-]\d{4}$/;
const SITE = 'https://press.example.org/';

describe('RSS feeds', () => {
  it('exist for each language and are well-formed XML (xmllint)', () => {
    for (const lang of ['ru', 'en', 'tg', 'ar']) expect(feeds, lang).toContain(`${lang}/rss.xml`);
    expect(() => execFileSync('xmllint', ['--noout', ...feeds.map((f) => join(FIXTURE_DIST, f))], { stdio: 'pipe' })).not.toThrow();
  });

  it('validate against the RSS 2.0 schema with strict atom:link, dc, content and media:content schemas (xmllint)', () => {
    const schema = resolve(import.meta.dirname, '../schemas/rss/rss-2.0.xsd');
    const run = spawnSync('xmllint', ['--noout', '--schema', schema, ...feeds.map((f) => join(FIXTURE_DIST, f))], { encoding: 'utf8' });
    expect(run.stderr.split('\n').filter((l) => l && !l.endsWith(' validates'))).toEqual([]);
    expect(run.status).toBe(0);
  });

  it('parse with a feed parser and have the required channel and item elements', () => {
    for (const f of feeds) {
      const xml = read(f);
      const feed = parseFeed(xml);
      const lang = f.split('/')[0]!;
      expect(feed.title, f).toBeTruthy();
      expect(feed.description, f).toBeTruthy();
      expect(feed.url, f).toBe(`${SITE}${f.replace(/rss\.xml$/, '')}`);
      expect(feed.language, f).toBe(lang);
      // No XSLT: Chromium is removing it and the site's CSP blocked its styles; each feed has a readable page.
      expect(xml, f).not.toContain('xml-stylesheet');
      expect(feed.self, f).toBe(`${SITE}${f}`);
      expect(feed.items.length, f).toBeLessThanOrEqual(FEED_SIZE);
      if (f !== 'ar/rss.xml' && f.split('/').length === 2) expect(feed.items.length, f).toBeGreaterThan(0);
      const guids = new Set<string>();
      for (const item of feed.items) {
        expect(item.title, f).toBeTruthy();
        expect(item.url, f).toMatch(new RegExp(`^${SITE}${lang}/\\d{4}/\\d{2}/\\d{2}/[^/]+/$`));
        expect(item.id, f).toBe(item.url);
        expect(guids.has(item.id!), `${f}: duplicate guid ${item.id}`).toBe(false);
        guids.add(item.id!);
        expect(item.published?.getTime(), f).not.toBeNaN();
        // The agency; a release with a byline adds its person (checked below).
        expect(item.authors.length, f).toBe(item.url!.includes('vaziri-korhoi-khoriji-bo-hamtoi-qazoq') ? 2 : 1);
        expect(item.description, f).toBeTruthy();
        // Links and images in the full text must work outside the site.
        if (item.content) expect(item.content, f).not.toMatch(/\s(href|src)="\//);
      }
      for (const m of xml.matchAll(/<pubDate>([^<]*)<\/pubDate>/g)) expect(m[1], f).toMatch(RFC822);
      for (const m of xml.matchAll(/<guid isPermaLink="true">/g)) expect(m[0]).toBeTruthy();
      expect(xml.match(/<guid isPermaLink="true">/g)?.length ?? 0, f).toBe(feed.items.length);
    }
  });

  it('give the release date in its own zone and the agency, countries and topics in the feed language', () => {
    const xml = read('ru/rss.xml');
    const item = xml.split('<item>').find((s) => s.includes('mid-stran-sng-proveli-konsultatsii'))!;
    expect(item).toContain('<pubDate>Wed, 07 Oct 2020 10:00:00 +0500</pubDate>');
    expect(item).toContain("<dc:creator>Национальное информационное агентство Таджикистана «Ховар»</dc:creator>");
    expect(item).toContain('<category>Таджикистан</category>');
    const feed = parseFeed(xml);
    expect(feed.items.map((i) => i.published!.getTime())).toEqual(feed.items.map((i) => i.published!.getTime()).sort((a, b) => b - a));
  });

  it('name the byline\'s person after the agency (dc:creator each) in every feed the release is in', () => {
    const withByline = feeds.filter((f) => read(f).includes('vaziri-korhoi-khoriji-bo-hamtoi-qazoq'));
    expect(withByline).toEqual(expect.arrayContaining(['tg/rss.xml', 'tg/agencies/mfa-tj/rss.xml', 'tg/countries/kz/rss.xml', 'tg/topics/diplomacy/rss.xml']));
    for (const f of withByline) {
      const item = parseFeed(read(f)).items.find((i) => i.url!.includes('vaziri-korhoi-khoriji-bo-hamtoi-qazoq'))!;
      expect(item.authors.map((a) => a.name), f).toEqual(['Вазорати корҳои хориҷии Ҷумҳурии Тоҷикистон', 'Анвар Саидов']);
    }
  });

  it('exist for every country, agency and topic a release page links, in that language', () => {
    let checked = 0;
    for (const file of htmlPages().filter((p) => /^\w+\/\d{4}\/\d{2}\/\d{2}\//.test(p))) {
      const doc = page(`/${file.replace(/index\.html$/, '')}`);
      const lists = [...doc.querySelectorAll('article a[href]')].map((a) => a.getAttribute('href')!)
        .filter((h) => /^\/\w+\/(countries|agencies|topics)\/[^/]+\/$/.test(h));
      for (const list of lists) {
        expect(exists(`${list}rss.xml`) || distFiles().includes(`${list.slice(1)}rss.xml`), `${file} → ${list}rss.xml`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('carry the full text of MDX releases too (rendered through the container API)', () => {
    const item = read('en/rss.xml').split('<item>').find((s) => s.includes('consular-office-opens-in-khujand'))!;
    expect(item).toContain('The consular office in Khujand opens on 12 May.');
    expect(item).toContain('href=&quot;https://mfa.tj/&quot;');
  });

  it('never contain a draft or an embargoed release', () => {
    for (const f of feeds) expect(read(f), f).not.toMatch(/EMBARGOMARKERQX7|EMBARGOTITLEQX7|DRAFTMARKERK4P/);
  });

  it('describe themselves to feed readers, not to browsers: the description says what the feed carries', () => {
    const about = (f: string) => /<channel><title>[^<]*<\/title><description>([^<]*)<\/description>/.exec(read(f))?.[1];
    expect(about('ru/rss.xml')).toBe('Все новые пресс-релизы на русском языке.');
    expect(about('en/countries/tj/rss.xml')).toBe('New press releases in which Tajikistan takes part.');
    expect(about('tg/rss.xml')).toBe('Ҳамаи иттилоияҳои нав бо забони тоҷикӣ.');
    for (const f of feeds) expect(about(f), f).not.toMatch(/RSS|скопируйте|copy|нусха/i);
  });

  it('date the channel by its newest item (lastBuildDate, RFC 822), so an unchanged feed stays byte-identical', () => {
    for (const f of feeds) {
      const xml = read(f);
      const last = /<lastBuildDate>([^<]*)<\/lastBuildDate>/.exec(xml)?.[1];
      const items = parseFeed(xml).items;
      if (items.length === 0) { expect(last, f).toBeUndefined(); continue; }
      expect(last, f).toMatch(RFC822);
      const newest = Math.max(...items.map((i) => i.published!.getTime()));
      expect(new Date(last!).getTime(), f).toBeGreaterThanOrEqual(newest);
    }
    expect(read('ru/rss.xml')).toContain('<lastBuildDate>Thu, 12 Feb 2026 09:30:00 +0000</lastBuildDate>');
  });

  it(`carry the full text of the newest ${FULL_TEXT_ITEMS} items only, and a description for every item`, () => {
    let cut = 0;
    for (const f of feeds) {
      const items = read(f).split('<item>').slice(1);
      items.forEach((item, i) => {
        expect(item.includes('<content:encoded>'), `${f} item ${i}`).toBe(i < FULL_TEXT_ITEMS);
        expect(item, `${f} item ${i}`).toMatch(/<description>[^<]+<\/description>/);
      });
      if (items.length > FULL_TEXT_ITEMS) cut++;
    }
    expect(cut).toBeGreaterThan(0);
  });

  it('describe a release without a summary by the opening of its text', () => {
    const items = read('en/countries/no/rss.xml').split('<item>').slice(1);
    // Past the full-text items too: the description is all a reader gets there.
    expect(items.length).toBeGreaterThan(FULL_TEXT_ITEMS);
    for (const item of items) expect(item).toMatch(/<description>Release \d+ of 20 naming NO\.<\/description>/);
  });

  it("give the release's photo as media:content, a 16:9 JPEG that exists, with its description", async () => {
    const item = parseFeed(read('ru/rss.xml')).items.find((i) => i.url!.includes('mid-stran-sng-proveli-konsultatsii'))!;
    expect(item.media).toHaveLength(1);
    const [m] = item.media;
    expect(m).toMatchObject({ type: 'image', mimeType: 'image/jpeg' });
    expect(m!.url.startsWith(SITE)).toBe(true);
    const file = decodeURI(m!.url.slice(SITE.length));
    expect(await sharp(join(FIXTURE_DIST, file)).metadata()).toMatchObject({ width: 1200, height: 675, format: 'jpeg' });
    expect(read('ru/rss.xml')).toContain('<media:description type="plain">Участники консультаций на экранах видеоконференции</media:description>');
    const withPhoto = feeds.flatMap((f) => parseFeed(read(f)).items).filter((i) => i.media.length > 0);
    expect(withPhoto.length).toBeGreaterThan(3);
  });

  it('no longer ship an XSL stylesheet', () => {
    expect(distFiles()).not.toContain('rss.xsl');
  });
});

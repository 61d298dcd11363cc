/**
 * A build served under a sub-path (/press/) must have no broken internal link:
 * every href/src/srcset and absolute URL to the site in every page resolves to
 * a file of that build. The same build also turns the card shapes off
 * (PRESS_CARD_SHAPES=off), so that setting costs no build of its own.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkLinks } from '../../scripts/check-links.ts';
import { distFiles, htmlPages, read } from '../support/dist.ts';
import { astroBuild, buildEnv, FIXTURE, FIXTURE_BUILD_TIME, FIXTURE_CONTENT, FIXTURE_DIST, FIXTURE_LANGUAGES } from '../support/fixture.ts';

const OUT = join(FIXTURE, 'press', 'dist');
const ORIGIN = 'https://press.example.org';
const BASE = '/press/';

/** The file a site URL path is served from, or undefined when it leaves the base path. */
function fileFor(pathname: string): string | undefined {
  if (!pathname.startsWith(BASE)) return undefined;
  const rel = decodeURI(pathname.slice(BASE.length));
  return rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
}

describe('a build under the base path /press/', () => {
  beforeAll(() => {
    const { status, output } = astroBuild(buildEnv(FIXTURE_CONTENT, OUT, {
      PRESS_LANGUAGES: FIXTURE_LANGUAGES, PRESS_BUILD_TIME: FIXTURE_BUILD_TIME, BASE_PATH: '/press/', TZ: 'America/Los_Angeles', PRESS_CARD_SHAPES: 'off',
    }));
    if (status !== 0) throw new Error(`build with BASE_PATH=/press/ failed:\n${output.slice(-4000)}`);
  });

  it('has no broken internal link in any page', () => {
    const { links, problems } = checkLinks(OUT, { base: BASE, origin: ORIGIN });
    expect(links).toBeGreaterThan(300);
    expect(problems).toEqual([]);
  });

  it('starts the search worker from its file under the base path', () => {
    const files = new Set(distFiles(OUT));
    const workers = [...read('ru/search/index.html', OUT).matchAll(/data-worker="([^"]+)"/g)].map((m) => m[1]!);
    expect(workers.length).toBe(2);
    for (const w of workers) expect([w, files.has(fileFor(w) ?? '')]).toEqual([expect.stringMatching(/^\/press\/_astro\//), true]);
  });

  it('puts the base path in front of links a release body writes from the site root', () => {
    const bodies = htmlPages(OUT).map((page) => read(page, OUT)).join('\n');
    expect(bodies).toContain('href="/press/en/countries/tj/"');
    expect(bodies).toContain('href="/press/en/archive/"');
  });

  it('puts the base path in feeds, sitemaps and robots.txt', () => {
    const files = new Set(distFiles(OUT));
    const urls = [
      ...read('robots.txt', OUT).match(/https:\S+/g)!,
      ...[...read('sitemap-index.xml', OUT).matchAll(/<loc>([^<]+)/g)].map((m) => m[1]!),
      ...[...read('sitemap-0.xml', OUT).matchAll(/<loc>([^<]+)/g)].map((m) => m[1]!),
      ...[...read('ru/rss.xml', OUT).matchAll(/<(?:link|guid)[^>]*>([^<]+)/g)].map((m) => m[1]!),
      ...[...read('ru/rss.xml', OUT).matchAll(/(?:href|src)=&quot;([^&]+)&quot;/g)].map((m) => m[1]!).filter((u) => u.startsWith(ORIGIN)),
      ...[...read('ru/rss.xml', OUT).matchAll(/<(?:atom:link href|media:content url)="([^"]+)"/g)].map((m) => m[1]!),
    ];
    expect(urls.length).toBeGreaterThan(20);
    for (const u of urls) expect(files.has(fileFor(new URL(u).pathname) ?? ''), u).toBe(true);
    expect(read('ru/rss.xml', OUT)).toContain(`<atom:link href="${ORIGIN}/press/ru/rss.xml" rel="self"`);
    expect(read('ru/rss.xml', OUT)).toContain(`<media:content url="${ORIGIN}/press/_astro/`);
  });

  it('makes the same social images as the main fixture build (deterministic across builds)', () => {
    const ogFile = (html: string, prefix: string) =>
      decodeURI(/<meta property="og:image" content="([^"]+)"/.exec(html)![1]!.slice(`${ORIGIN}${prefix}`.length));
    const releases = htmlPages(OUT).filter((p) => /^\w+\/\d{4}\//.test(p));
    expect(releases.length).toBeGreaterThan(10);
    for (const p of releases) {
      const here = readFileSync(join(OUT, ogFile(read(p, OUT), BASE)));
      const there = readFileSync(join(FIXTURE_DIST, ogFile(read(p), '/')));
      expect(here.equals(there), p).toBe(true);
    }
  });

  it('with PRESS_CARD_SHAPES=off gives a release without a photo only its 1200x630 card, in the page and in NewsArticle', () => {
    const files = new Set(distFiles(OUT));
    expect([...files].filter((f) => /\/card-\w+\.png$/.test(f))).toEqual([]);
    let cards = 0;
    for (const p of htmlPages(OUT).filter((f) => /^\w+\/\d{4}\//.test(f))) {
      const html = read(p, OUT);
      if (/class="hero"/.test(html)) continue;
      const article = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)]
        .map((m) => JSON.parse(m[1]!)).find((ld) => ld['@type'] === 'NewsArticle');
      expect(article.image, p).toEqual([`${ORIGIN}${BASE}${p.replace(/index\.html$/, '')}og.png`]);
      expect(files.has(p.replace(/index\.html$/, 'og.png')), p).toBe(true);
      cards++;
    }
    expect(cards).toBeGreaterThan(5);
  });
});


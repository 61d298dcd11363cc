import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { distFiles, htmlPages, read } from '../support/dist.ts';
import { FIXTURE, FIXTURE_BUILD_TIME, FIXTURE_DIST, ROOT, astroBuild, buildEnv } from '../support/fixture.ts';

const SCHEMAS = resolve(import.meta.dirname, '../schemas');
const SITE = 'https://press.example.org/';

/** Runs xmllint --schema; returns its output so a failure shows the reason. */
function validate(schema: string, file: string, dist = FIXTURE_DIST): string {
  try {
    return execFileSync('xmllint', ['--noout', '--schema', join(SCHEMAS, schema), join(dist, file)], { encoding: 'utf8', stdio: 'pipe' });
  } catch (e) {
    throw new Error(`${file} does not validate against ${schema}:\n${(e as { stderr: string }).stderr}`);
  }
}

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!);

describe('sitemaps', () => {
  const chunks = distFiles().filter((f) => /^sitemap-\d+\.xml$/.test(f));

  it('the index and its sitemaps validate against the sitemap 0.9 XSDs (with xhtml:link)', () => {
    validate('siteindex.xsd', 'sitemap-index.xml');
    expect(locs(read('sitemap-index.xml'))).toEqual(['sitemap-news.xml', ...chunks].map((c) => `${SITE}${c}`));
    for (const c of chunks) validate('urlset.xsd', c);
  });

  it('list every indexable HTML page once (not the noindex 404 and feed pages, not the search pages)', () => {
    const listed = chunks.flatMap((c) => locs(read(c)));
    const noindex = htmlPages().filter((p) => /<meta name="robots" content="noindex/.test(read(p)));
    const feedPages = htmlPages().filter((p) => p.endsWith('/feed/index.html'));
    expect(feedPages.length).toBeGreaterThan(40);
    expect([...noindex].sort()).toEqual([...feedPages, ...htmlPages().filter((p) => /(^|\/)404\.html$/.test(p))].sort());
    const indexable = htmlPages().filter((p) => !noindex.includes(p) && !/\/search\/index\.html$/.test(p));
    expect(listed.filter((u) => /\/search\/$/.test(u))).toEqual([]);
    const pages = indexable.map((p) => `${SITE}${p.replace(/index\.html$/, '')}`);
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual([...pages].sort());
  });

  it('give each translated release its translations (with their own slugs) as xhtml:link alternates', () => {
    const xml = chunks.map((c) => read(c)).join('');
    const ru = `${SITE}ru/2020/10/07/mid-stran-sng-proveli-konsultatsii-o-sotrudnichestve-v-informatsionnoy-sfere/`;
    const entry = xml.split('<url>').find((u) => u.startsWith(`<loc>${ru}</loc>`))!;
    expect(entry).toContain(`<xhtml:link rel="alternate" hreflang="en" href="${SITE}en/2020/10/07/cis-foreign-ministries-consult-on-cooperation-in-the-information-sphere/"/>`);
    expect(entry).toContain(`<xhtml:link rel="alternate" hreflang="tg" href="${SITE}tg/2020/10/07/vazorathoi-korhoi-khorijii-idm-oid-ba-hamkori-dar-sohai-ittiloot-mashvarat/"/>`);
    expect(entry).toContain(`hreflang="x-default" href="${ru}"`);
  });

  it("give every page a lastmod: its modification date, the newest release it lists, or its language's newest", () => {
    const xml = chunks.map((c) => read(c)).join('');
    const entries = xml.split('<url>').slice(1);
    for (const e of entries) expect(e, e.slice(0, 120)).toMatch(/<lastmod>\d{4}-\d{2}-\d{2}T[^<]+<\/lastmod>/);
    const lastmod = (url: string) => /<lastmod>([^<]*)</.exec(entries.find((e) => e.startsWith(`<loc>${url}</loc>`))!)![1];
    expect(lastmod(`${SITE}ru/2020/10/07/mid-stran-sng-proveli-konsultatsii-o-sotrudnichestve-v-informatsionnoy-sfere/`)).toBe('2020-10-07T05:00:00.000Z');
    expect(lastmod(`${SITE}ru/countries/`)).toBe(lastmod(`${SITE}ru/`));
    const homes = ['ru', 'en', 'tg', 'ar'].map((l) => new Date(lastmod(`${SITE}${l}/`)!).getTime());
    expect(new Date(lastmod(SITE)!).getTime()).toBe(Math.max(...homes));
  });

  it('the root and each language home agree on x-default: the root language chooser', () => {
    const xDefault = (path: string) => [...read(path).matchAll(/<link rel="alternate" hreflang="x-default" href="([^"]+)"/g)].map((m) => m[1]);
    expect(xDefault('index.html')).toEqual([SITE]);
    for (const l of ['ru', 'en', 'tg', 'ar']) expect(xDefault(`${l}/index.html`), l).toEqual([SITE]);
    const xml = chunks.map((c) => read(c)).join('');
    for (const url of [SITE, `${SITE}ru/`, `${SITE}en/`]) {
      const entry = xml.split('<url>').find((u) => u.startsWith(`<loc>${url}</loc>`))!;
      expect(entry, url).toContain(`hreflang="x-default" href="${SITE}"`);
    }
  });

  it('the news sitemap validates and holds only releases of the 2 days before the build time', () => {
    validate('urlset.xsd', 'sitemap-news.xml');
    const xml = read('sitemap-news.xml');
    const dates = [...xml.matchAll(/<news:publication_date>([^<]*)</g)].map((m) => new Date(m[1]!).getTime());
    const now = new Date('2026-06-01T12:00:00Z').getTime();
    expect(dates.length).toBeGreaterThan(0);
    for (const d of dates) expect(now - d).toBeLessThanOrEqual(2 * 86_400_000);
    expect(xml).toContain('<news:name>Хадамоти матбуоти Идораи санҷишӣ</news:name><news:language>tg</news:language>');
    expect(xml).toContain('<news:publication_date>2026-05-31T15:00:00+05:00</news:publication_date>');
    // 11 days old: outside the window.
    expect(xml).not.toContain('long-title');
  });

  it('robots.txt names the index, and the index every sitemap of the site (the news sitemap too)', () => {
    const named = [...read('robots.txt').matchAll(/^Sitemap: (\S+)$/gm)].map((m) => m[1]);
    expect(named).toEqual([`${SITE}sitemap-index.xml`]);
    const sitemaps = distFiles().filter((f) => /^sitemap-(\d+|news)\.xml$/.test(f));
    expect(sitemaps).toContain('sitemap-news.xml');
    expect([...locs(read('sitemap-index.xml'))].sort()).toEqual(sitemaps.map((f) => `${SITE}${f}`).sort());
  });

  it('never list a draft or an embargoed release', () => {
    for (const f of [...chunks, 'sitemap-news.xml']) expect(read(f), f).not.toMatch(/embargo|draft|EMBARGO|DRAFT/);
  });
});

describe('a site with no release of the last two days', () => {
  // One Russian release of February 2026, built on the fixture's 1 June 2026: nothing for the news window.
  const dir = join(FIXTURE, 'no-news');
  const out = join(dir, 'dist');
  const RELEASE = `${SITE}ru/2026/02/12/v-vene-obsudili-sotrudnichestvo-tadzhikistana-s-fondom-opek/`;
  beforeAll(() => {
    rmSync(dir, { recursive: true, force: true });
    for (const f of ['agencies.yml', 'topics.yml', 'releases/ru/2026/tajikistan-opec-fund-vienna.md']) {
      mkdirSync(join(dir, 'content', f, '..'), { recursive: true });
      cpSync(join(ROOT, 'content', f), join(dir, 'content', f));
    }
    const { status, output } = astroBuild(buildEnv(join(dir, 'content'), out, {
      PRESS_LANGUAGES: 'ru', PRESS_BUILD_TIME: FIXTURE_BUILD_TIME, PRESS_CARD_SHAPES: 'off', PRESS_CACHE_DIR: join(dir, 'cache'),
    }));
    if (status !== 0) throw new Error(`build failed:\n${output.slice(-3000)}`);
  }, 300_000);

  it('keeps its news sitemap at the same address, in the index, valid: the newest release without news tags', () => {
    expect(read('robots.txt', out)).toContain(`Sitemap: ${SITE}sitemap-index.xml`);
    expect(locs(read('sitemap-index.xml', out))).toContain(`${SITE}sitemap-news.xml`);
    validate('urlset.xsd', 'sitemap-news.xml', out);
    const xml = read('sitemap-news.xml', out);
    expect(locs(xml)).toEqual([RELEASE]);
    expect(xml).not.toContain('<news:news>');
    expect(locs(read('sitemap-0.xml', out))).toContain(RELEASE);
  });
});

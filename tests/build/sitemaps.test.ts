import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distFiles, htmlPages, read } from '../support/dist.ts';
import { FIXTURE_DIST } from '../support/fixture.ts';

const SCHEMAS = resolve(import.meta.dirname, '../schemas');
const SITE = 'https://press.example.org/';

/** Runs xmllint --schema; returns its output so a failure shows the reason. */
function validate(schema: string, file: string): string {
  try {
    return execFileSync('xmllint', ['--noout', '--schema', join(SCHEMAS, schema), join(FIXTURE_DIST, file)], { encoding: 'utf8', stdio: 'pipe' });
  } catch (e) {
    throw new Error(`${file} does not validate against ${schema}:\n${(e as { stderr: string }).stderr}`);
  }
}

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!);

describe('sitemaps', () => {
  const chunks = distFiles().filter((f) => /^sitemap-\d+\.xml$/.test(f));

  it('the index and its sitemaps validate against the sitemap 0.9 XSDs (with xhtml:link)', () => {
    validate('siteindex.xsd', 'sitemap-index.xml');
    expect(locs(read('sitemap-index.xml'))).toEqual(chunks.map((c) => `${SITE}${c}`));
    for (const c of chunks) validate('urlset.xsd', c);
  });

  it('list every indexable HTML page once (not the noindex 404 pages)', () => {
    const listed = chunks.flatMap((c) => locs(read(c)));
    const indexable = htmlPages().filter((p) => !/<meta name="robots" content="noindex"/.test(read(p)));
    expect(htmlPages().length - indexable.length).toBe(5); // the root 404 and one per language
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

  it('the news sitemap validates and holds only releases of the 2 days before the build time', () => {
    validate('urlset.xsd', 'sitemap-news.xml');
    const xml = read('sitemap-news.xml');
    const dates = [...xml.matchAll(/<news:publication_date>([^<]*)</g)].map((m) => new Date(m[1]!).getTime());
    const now = new Date('2026-06-01T12:00:00Z').getTime();
    expect(dates.length).toBeGreaterThan(0);
    for (const d of dates) expect(now - d).toBeLessThanOrEqual(2 * 86_400_000);
    expect(xml).toContain('<news:name>Маркази матбуот</news:name><news:language>tg</news:language>');
    expect(xml).toContain('<news:publication_date>2026-05-31T15:00:00+05:00</news:publication_date>');
    // 11 days old: outside the window.
    expect(xml).not.toContain('long-title');
  });

  it('robots.txt points to both', () => {
    const robots = read('robots.txt');
    expect(robots).toContain(`Sitemap: ${SITE}sitemap-index.xml`);
    expect(robots).toContain(`Sitemap: ${SITE}sitemap-news.xml`);
  });

  it('never list a draft or an embargoed release', () => {
    for (const f of [...chunks, 'sitemap-news.xml']) expect(read(f), f).not.toMatch(/embargo|draft|EMBARGO|DRAFT/);
  });
});

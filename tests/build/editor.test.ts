/** /admin/ in the built fixture: its own policy and headers, out of sitemaps and search, nothing of it on a public page. */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { distFiles, htmlPages, read } from '../support/dist.ts';
import { FIXTURE_DIST } from '../support/fixture.ts';
import { metaPolicy } from '../../src/integrations/security-headers.ts';
import { headersFor, parseHeaders } from '../../src/lib/security/policy.ts';
import { EDITOR_CSP_DIRECTIVES, editorHeaderPolicy } from '../../src/lib/editor/page.ts';

const admin = distFiles().filter((f) => f.startsWith('admin/'));
const rules = parseHeaders(read('_headers'));

describe('the editor at /admin/ in the build', () => {
  it('is a noindex page with its own Content-Security-Policy', () => {
    const html = read('admin/index.html');
    expect(html).toMatch(/<meta name="robots" content="noindex, nofollow">/);
    expect(metaPolicy(html)).toBe(EDITOR_CSP_DIRECTIVES.join('; '));
    expect(metaPolicy(html)).not.toMatch(/'unsafe-eval'|cdn|unpkg/);
  });

  it('gets its own headers while every public path keeps the site policy', () => {
    const site = headersFor(rules, '/ru/')['Content-Security-Policy'];
    expect(site).toMatch(/^default-src 'self'/);
    expect(site).not.toMatch(/api\.github\.com|'unsafe-inline'/);
    expect(headersFor(rules, '/admin/')).toMatchObject({ 'Content-Security-Policy': editorHeaderPolicy(), 'X-Robots-Tag': 'noindex, nofollow' });
    for (const path of ['/', '/en/', '/pagefind/pagefind-worker.js', '/_astro/x.css', '/404.html']) expect(headersFor(rules, path)['Content-Security-Policy'], path).toBe(site);
    expect(read('_nginx.conf')).toMatch(/location \^~ \/admin\/ \{\n {2}add_header Content-Security-Policy "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'/);
  });

  it('is in no sitemap, feed or search index, and no public page links or loads it', () => {
    for (const file of distFiles().filter((f) => /\.(xml|json|html|js)$/.test(f) && !f.startsWith('admin/'))) {
      expect(read(file), file).not.toMatch(/\/admin\/|sveltia/i);
    }
    expect(htmlPages().length).toBeGreaterThan(150);
  });

  it('ships a generated config for the site languages, agencies and topics', () => {
    const config = parse(read('admin/config.yml')) as { i18n: { locales: string[] }; collections: { name: string; fields?: { name: string; options?: { value: string }[] }[] }[] };
    expect(config.i18n.locales).toEqual(['ru', 'en', 'tg', 'ar']);
    const agency = config.collections.find((c) => c.name === 'releases')!.fields!.find((f) => f.name === 'agency')!;
    expect(agency.options!.map((o) => o.value).sort()).toEqual(['cis-ec', 'dvms', 'khovar', 'mds', 'mfa-tj']);
  });

  it('stays within its size budget (the CMS is installed from npm and copied at build, not kept in git)', () => {
    const bytes = admin.reduce((sum, f) => sum + statSync(join(FIXTURE_DIST, f)).size, 0);
    const entry = gzipSync(read('admin/editor.js')).length;
    console.info(`/admin/: ${admin.length} files, ${(bytes / 1048576).toFixed(1)} MB on disk; editor.js ${(entry / 1024).toFixed(0)} KB gzipped`);
    expect(bytes).toBeLessThan(10 * 1048576);
    expect(entry).toBeLessThan(900 * 1024);
  });
});

import { describe, expect, it } from 'vitest';
import { FIXTURE_LANGUAGES } from '../support/fixture.ts';
import { distFiles, exists, htmlPages, page, read } from '../support/dist.ts';
import { metaPolicy, policyHashes } from '../../src/integrations/security-headers.ts';
import { headersFor, IMMUTABLE_CACHE, parseHeaders, SHORT_CACHE } from '../../src/lib/security/policy.ts';

const languages = FIXTURE_LANGUAGES.split(',');
const rules = parseHeaders(read('_headers'));
const headerCsp = headersFor(rules, '/en/')['Content-Security-Policy'] ?? '';
const directive = (csp: string, name: string) =>
  csp.split(';').map((d) => d.trim()).find((d) => d.split(/\s+/)[0] === name) ?? '';

describe('Content-Security-Policy', () => {
  it('every page carries a <meta> policy with no inline script allowed except by hash', () => {
    for (const file of htmlPages()) {
      const csp = metaPolicy(read(file));
      expect(csp, file).toBeDefined();
      const script = directive(csp!, 'script-src');
      expect(script, file).toMatch(/^script-src 'self' 'wasm-unsafe-eval'/);
      expect(script, file).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\s\*(\s|$)/);
      expect(directive(csp!, 'object-src'), file).toBe("object-src 'none'");
    }
  });

  it('the header policy allows every hash any page allows, and adds frame-ancestors', () => {
    const headerHashes = policyHashes(headerCsp);
    for (const file of htmlPages()) {
      const { script, style } = policyHashes(metaPolicy(read(file))!);
      expect(headerHashes.script, file).toEqual(expect.arrayContaining(script));
      expect(headerHashes.style, file).toEqual(expect.arrayContaining(style));
    }
    expect(directive(headerCsp, 'frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(directive(headerCsp, 'script-src')).not.toContain('unsafe-inline');
    expect(directive(headerCsp, 'connect-src')).toBe("connect-src 'self'");
  });
});

describe('_headers', () => {
  it('sends the security headers on every path', () => {
    for (const path of ['/', '/en/', '/_astro/x.js', '/favicon.svg', '/pagefind/pagefind.js']) {
      const h = headersFor(rules, path);
      expect(h['Content-Security-Policy'], path).toBe(headerCsp);
      expect(h['X-Content-Type-Options'], path).toBe('nosniff');
      expect(h['Referrer-Policy'], path).toBe('strict-origin-when-cross-origin');
      expect(h['Permissions-Policy'], path).toMatch(/camera=\(\).*geolocation=\(\)/);
    }
  });

  it('caches hashed assets for a year and pages briefly, with no rule overlap on Cache-Control', () => {
    expect(headersFor(rules, '/_astro/app.B1x2.js')['Cache-Control']).toBe(IMMUTABLE_CACHE);
    for (const path of ['/', '/index.html', '/404.html', ...languages.flatMap((l) => [`/${l}/`, `/${l}/rss.xml`])]) {
      expect(headersFor(rules, path)['Cache-Control'], path).toBe(SHORT_CACHE);
    }
    const cacheRules = rules.filter((r) => r.headers['Cache-Control']);
    for (const path of ['/_astro/x', '/', '/en/x', '/404.html']) {
      expect(cacheRules.filter((r) => headersFor([r], path)['Cache-Control']).length, path).toBe(1);
    }
  });

  it('the nginx snippet carries the same policy and the 404 pages', () => {
    const nginx = read('_nginx.conf');
    expect(nginx).toContain(`add_header Content-Security-Policy "${headerCsp}" always;`);
    expect(nginx).toContain(`add_header Cache-Control "${IMMUTABLE_CACHE}" always;`);
    expect(nginx).toContain('error_page 404 /$1/404.html;');
    expect(nginx).toContain(`location ~ ^/(${languages.join('|')})/ {`);
  });
});

describe('404 pages', () => {
  it('the root 404 is language-neutral: every language, each linking its home', () => {
    const doc = page('/404.html');
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    const sections = [...doc.querySelectorAll('section[data-lang]')];
    expect(sections.map((s) => s.getAttribute('data-lang'))).toEqual(languages);
    for (const s of sections) {
      expect(s.querySelector('a')?.getAttribute('href')).toBe(`/${s.getAttribute('data-lang')}/`);
    }
    expect(doc.querySelector('section[data-lang="ru"] h2')?.textContent).toBe('Страница не найдена');
  });

  it.each(languages)('%s/404.html is localized and links home, countries and search', (lang) => {
    expect(exists(`/${lang}/404/`)).toBe(false);
    const doc = page(`/${lang}/404.html`);
    expect(doc.documentElement.getAttribute('lang')).toMatch(new RegExp(`^${lang}`));
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    const hrefs = [...doc.querySelectorAll('main a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(expect.arrayContaining([`/${lang}/`, `/${lang}/countries/`, `/${lang}/search/`]));
  });

  it('titles differ by language (no language left untranslated)', () => {
    const titles = languages.map((l) => page(`/${l}/404.html`).querySelector('h1')?.textContent);
    expect(new Set(titles).size).toBe(languages.length);
  });

  it('no 404 page is built as a directory index', () => {
    expect(distFiles().filter((f) => /(^|\/)404\//.test(f))).toEqual([]);
  });
});

describe('Markdown links and raw HTML', () => {
  it('external links in release text get rel="noopener noreferrer"; safe raw HTML is kept', () => {
    const doc = page('/en/2026/05/20/joint-statement-of-the-ministries-of-foreign-affairs-on-the-thirtieth/');
    const links = [...doc.querySelectorAll('main a[href="https://mfa.tj/"]')];
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(doc.querySelector('abbr[title^="Organization of the Petroleum"]')?.textContent).toBe('OPEC');
  });
});

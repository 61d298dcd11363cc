import { describe, expect, it } from 'vitest';
import {
  formatHeaders, headerPolicy, headerRules, headersFor, IMMUTABLE_CACHE, parseHeaders, pathMatches, SHORT_CACHE,
} from '../../src/lib/security/policy.ts';
import { nginxSnippet } from '../../src/lib/security/nginx.ts';

describe('header rules', () => {
  const csp = headerPolicy(['sha256-b', 'sha256-a', 'sha256-a'], ['sha256-s']);

  it('the header CSP lists each hash once, sorted, after the fixed sources', () => {
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-a' 'sha256-b';");
    expect(csp).toContain("style-src 'self' 'sha256-s';");
    expect(csp).toMatch(/frame-ancestors 'none'$/);
  });

  it('round-trips through the _headers format', () => {
    const rules = headerRules('/', ['ru', 'en'], csp);
    expect(parseHeaders(formatHeaders(rules))).toEqual(rules);
    expect(parseHeaders('# comment\n/x\n  A: b: c\n\n')).toEqual([{ path: '/x', headers: { A: 'b: c' } }]);
    expect(() => parseHeaders('  Orphan: header')).toThrow(/under a path/);
  });

  it('prefixes every rule with the base path', () => {
    const rules = headerRules('/press/', ['ru'], csp);
    expect(rules.map((r) => r.path)).toEqual(['/press/*', '/press/_astro/*', '/press/', '/press/index.html', '/press/404.html', '/press/ru/*']);
    expect(headersFor(rules, '/press/_astro/a.js')['Cache-Control']).toBe(IMMUTABLE_CACHE);
    expect(headersFor(rules, '/press/ru/x/')['Cache-Control']).toBe(SHORT_CACHE);
    expect(headersFor(rules, '/ru/x/')['Content-Security-Policy']).toBeUndefined();
  });

  it('matches paths as the hosts do', () => {
    expect(pathMatches('/a/*', '/a/b/c')).toBe(true);
    expect(pathMatches('/a/*', '/ab')).toBe(false);
    expect(pathMatches('/', '/')).toBe(true);
    expect(pathMatches('/', '/x')).toBe(false);
  });

  it('the nginx snippet repeats the security headers in each location', () => {
    const rules = headerRules('/press/', ['ru', 'en'], csp);
    const nginx = nginxSnippet(rules, '/press/', ['ru', 'en']);
    expect(nginx.match(/add_header Content-Security-Policy/g)).toHaveLength(3);
    expect(nginx).toContain('location ^~ /press/_astro/ {');
    expect(nginx).toContain('location ~ ^/press/(ru|en)/ {');
    expect(nginx).toContain('error_page 404 /press/$1/404.html;');
  });
});

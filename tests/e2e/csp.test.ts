import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useSite } from '../support/browser.ts';
import { htmlPages, read } from '../support/dist.ts';
import { FIXTURE_LANGUAGES } from '../support/fixture.ts';
import { headersFor, parseHeaders } from '../../src/lib/security/policy.ts';

let context: BrowserContext;
const site = useSite();

/** Collects CSP violations in the page itself, from the first script on. */
const RECORD = `window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline')));`;

beforeAll(async () => {
  context = await site.browser.newContext();
  await context.addInitScript(RECORD);
});

/** Site path of a built HTML file: "ru/index.html" → "/ru/", "404.html" → "/404.html". */
const sitePath = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

async function visit(tab: Page, path: string) {
  const errors: string[] = [];
  tab.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  tab.on('pageerror', (e) => errors.push(e.message));
  const response = await tab.goto(site.base + path, { waitUntil: 'load' });
  const violations = await tab.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
  return { response, errors, violations };
}

describe('every page under the CSP, served as deployed', () => {
  it('loads without CSP violations or console errors, with the _headers policy', async () => {
    const rules = parseHeaders(read('_headers'));
    const tab = await context.newPage();
    const failures: string[] = [];
    const pages = htmlPages();
    expect(pages.length).toBeGreaterThan(10);
    for (const file of pages) {
      const path = sitePath(file);
      const { response, errors, violations } = await visit(tab, path);
      tab.removeAllListeners('console');
      tab.removeAllListeners('pageerror');
      const header = response?.headers()['content-security-policy'];
      if (response?.status() !== 200) failures.push(`${path}: status ${response?.status()}`);
      if (header !== headersFor(rules, path)['Content-Security-Policy']) failures.push(`${path}: CSP header differs from _headers`);
      for (const v of [...violations, ...errors]) failures.push(`${path}: ${v}`);
    }
    expect(failures).toEqual([]);
    await tab.close();
  }, 120_000);

  it('the policy is enforced: an injected inline script is blocked and reported', async () => {
    const tab = await context.newPage();
    await tab.goto(`${site.base}/en/`);
    const ran = await tab.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__ran = true;';
      document.body.append(s);
      return new Promise((done) => setTimeout(() => done((window as unknown as { __ran?: boolean }).__ran ?? false), 100));
    });
    const violations = await tab.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
    expect(ran).toBe(false);
    expect(violations.some((v) => v.startsWith('script-src'))).toBe(true);
    await tab.close();
  });
});

describe('404s, served as deployed', () => {
  const languages = FIXTURE_LANGUAGES.split(',');

  it.each(languages)('an unknown path under /%s/ gets that language\'s 404 page with status 404', async (lang) => {
    const response = await fetch(`${site.base}/${lang}/no/such/page/`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(await response.text()).toBe(read(`${lang}/404.html`));
  });

  it('any other unknown path gets the root 404 page with status 404', async () => {
    const response = await fetch(`${site.base}/no-such-thing/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe(read('404.html'));
  });

  it('the root 404, as GitHub Pages serves it for any path, puts first the language of the path', async () => {
    const tab = await context.newPage();
    const headers = headersFor(parseHeaders(read('_headers')), '/404.html');
    await tab.route(`${site.base}/tg/2020/gone/`, (route) => route.fulfill({ status: 404, headers, contentType: 'text/html', body: read('404.html') }));
    const response = await tab.goto(`${site.base}/tg/2020/gone/`);
    expect(response?.status()).toBe(404);
    expect(await tab.locator('.languages > section').first().getAttribute('data-lang')).toBe('tg');
    expect(await tab.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
    await tab.close();
  });
});

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLinks } from '../../scripts/check-links.ts';
import { FIXTURE_DIST } from '../support/fixture.ts';

describe('links of the fixture site', () => {
  it('has no broken link or anchor, no stray cross-language link, no unsafe scheme', () => {
    const { pages, links, problems } = checkLinks(FIXTURE_DIST, { base: '/' });
    console.info(`check-links: ${pages} pages, ${links} links checked, ${problems.length} problems`);
    expect(pages).toBeGreaterThan(150);
    expect(links).toBeGreaterThan(3000);
    expect(problems).toEqual([]);
  });
});

describe('the link check itself', () => {
  const dir = mkdtempSync(join(tmpdir(), 'links-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const html = (lang: string, body: string, base = '/') =>
    `<!DOCTYPE html><html lang="${lang}"><head><link rel="canonical" href="https://site.test${base}"></head><body>${body}</body></html>`;
  const write = (file: string, content: string) => {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), content);
  };
  const check = () => checkLinks(dir, { base: '/', origin: 'https://site.test' }).problems;

  it('passes a correct site and reports a broken link, a missing anchor, a cross-language link and a javascript: link', () => {
    write('index.html', html('mul', '<a href="/en/">English</a> <a href="/fr/">Français</a>'));
    write('en/index.html', html('en', '<nav class="lang-switch"><a href="/fr/" hreflang="fr">Français</a></nav><h2 id="top">Top</h2><a href="#top">up</a> <a href="/en/a/">a</a> <a href="https://site.test/en/">abs</a> <a href="mailto:press@site.test">mail</a> <a href="/fr/a/" hreflang="fr">declared</a>'));
    write('en/a/index.html', html('en', '<img src="/pic.png" srcset="/pic.png 1x, /pic.png 2x" alt="">'));
    write('fr/index.html', html('fr', '<a href="/fr/a/">a</a>'));
    write('fr/a/index.html', html('fr', 'a'));
    write('pic.png', 'png');
    expect(check()).toEqual([]);

    write('en/a/index.html', html('en', '<a href="/en/gone/">gone</a> <a href="/en/#nowhere">anchor</a> <a href="/fr/a/">french</a> <a href="javascript:alert(1)">js</a> <img src="/missing.png" alt="">'));
    expect(check()).toEqual([
      'en/a/index.html: broken link "/en/gone/" (no file en/gone/index.html)',
      'en/a/index.html: missing anchor "/en/#nowhere" (no id="nowhere" in en/index.html)',
      'en/a/index.html: links another language\'s page "/fr/a/" (only the language switcher, hreflang alternates and links with hreflang="fr" may)',
      'en/a/index.html: link with javascript: scheme "javascript:alert(1)" (use http(s), mailto or tel)',
      'en/a/index.html: broken link "/missing.png" (no file missing.png)',
    ]);
  });

  it('resolves links under a base path', () => {
    const sub = mkdtempSync(join(tmpdir(), 'links-base-'));
    mkdirSync(join(sub, 'en'));
    writeFileSync(join(sub, 'en/index.html'), html('en', '<a href="/press/en/">self</a> <a href="https://site.test/press/en/">abs</a>', '/press/en/'));
    expect(checkLinks(sub, { base: '/press/', origin: 'https://site.test' }).problems).toEqual([]);
    writeFileSync(join(sub, 'en/index.html'), html('en', '<a href="/en/">outside the base</a>', '/press/en/'));
    expect(checkLinks(sub, { base: '/press/', origin: 'https://site.test' }).problems).toEqual(['en/index.html: broken link "/en/" (no file outside /press/)']);
    rmSync(sub, { recursive: true, force: true });
  });
});

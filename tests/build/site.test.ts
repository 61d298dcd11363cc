import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_DIST } from '../support/fixture.ts';
import { distFiles, exists, htmlPages, page, read } from '../support/dist.ts';

const release = (lang: string, slug: string) => `/${lang}/2020/10/07/${slug}/`;
const CIS = {
  ru: release('ru', 'mid-stran-sng-proveli-konsultatsii-o-sotrudnichestve-v-informatsionnoy-sfere'),
  en: release('en', 'cis-foreign-ministries-consult-on-cooperation-in-the-information-sphere'),
  tg: release('tg', 'vazorathoi-korhoi-khorijii-idm-oid-ba-hamkori-dar-sohai-ittiloot-mashvarat'),
};

describe('the built fixture', () => {
  it('has a home page per language and a language picker at the root', () => {
    for (const lang of ['ru', 'en', 'tg', 'ar']) expect(exists(`/${lang}/`), lang).toBe(true);
    const root = page('/');
    const links = [...root.querySelectorAll('.languages a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['/ru/', '/en/', '/tg/', '/ar/']);
  });

  it('shows the Dushanbe release as 7 October 2020 in every language (built with TZ=America/Los_Angeles)', () => {
    const shown = Object.fromEntries(Object.entries(CIS).map(([lang, path]) => [lang, page(path).querySelector('.release-header time')!.textContent]));
    expect(shown.ru).toMatch(/^7 октября 2020 г\./);
    expect(shown.en).toMatch(/^7 October 2020, 10:00 \(UTC\+5\)$/);
    expect(shown.tg).toMatch(/^7 октябр 2020/);
  });

  it('links each language version from the switcher, and only existing ones', () => {
    const doc = page(CIS.ru);
    const switcher = [...doc.querySelectorAll('.lang-switch a')].map((a) => [a.getAttribute('hreflang'), a.getAttribute('href')]);
    expect(switcher).toEqual([['en', CIS.en], ['tg', CIS.tg]]);
    // No Arabic version: named, not linked, and the notice says where it exists.
    expect(doc.querySelector('.lang-switch .unavailable[lang="ar"]')).not.toBeNull();
    // The notice is in the page's language only, outside the article.
    expect(doc.querySelector('.translation-notice')!.textContent).toBe('Этот пресс-релиз не переведён на арабский.');
    expect(doc.querySelector('.translation-notice [lang]')).toBeNull();
    expect(doc.querySelector('article .translation-notice')).toBeNull();
    for (const p of htmlPages()) {
      for (const a of page(`/${p}`).querySelectorAll('.lang-switch a')) {
        expect(exists(a.getAttribute('href')!), `${p} → ${a.getAttribute('href')}`).toBe(true);
      }
    }
  });

  it('renders the release page parts', () => {
    const doc = page(CIS.ru);
    expect(doc.querySelector('h1')!.textContent).toContain('МИД стран СНГ');
    expect(doc.querySelector('.dateline')!.textContent).toContain('Душанбе');
    expect(doc.querySelector('.agency a')!.getAttribute('href')).toBe('/ru/agencies/khovar/');
    const countries = [...doc.querySelectorAll('.participants [data-country]')].map((li) => li.textContent);
    expect(countries).toEqual(['Армения', 'Беларусь', 'Казахстан', 'Россия', 'Таджикистан', 'Узбекистан']);
    expect(doc.querySelector('.hero figcaption')!.textContent).toContain('Фото: пресс-служба Исполкома СНГ');
    const sources = [...doc.querySelectorAll('.hero source')].map((s) => s.getAttribute('type'));
    expect(sources).toEqual(['image/avif', 'image/webp']);
    expect([...doc.querySelectorAll('.related a')].map((a) => a.textContent!.replace(/\u00a0/g, ' '))).toContain('Постпреды стран СНГ подвели итоги председательства Таджикистана в Содружестве');
  });

  it('renders GFM: tables, footnotes and autolinks', () => {
    const html = read(distFiles().find((f) => f.includes('joint-statement') && f.endsWith('index.html'))!);
    expect(html).toMatch(/<table>[\s\S]*<th>Year<\/th>/);
    expect(html).toMatch(/data-footnotes/);
    expect(html).toContain('<a href="https://mfa.tj/"');
  });

  it('renders right-to-left languages with dir="rtl"', () => {
    const doc = page('/ar/');
    expect(doc.documentElement.getAttribute('dir')).toBe('rtl');
    expect(doc.documentElement.getAttribute('lang')).toBe('ar');
    expect(page('/ru/').documentElement.getAttribute('dir')).toBe('ltr');
  });

  it('is a production build: no dev-only markup leaks from the test runner', () => {
    for (const p of htmlPages()) expect(read(p), p).not.toContain('data-image-component');
  });

  it('ships no JavaScript on list pages, and on a release page only the small print-date script', () => {
    for (const path of ['/ru/', '/en/', '/ru/countries/tj/']) {
      const doc = page(path);
      expect(doc.querySelectorAll('script:not([type="application/ld+json"])').length, path).toBe(0);
    }
    const scripts = [...page(CIS.ru).querySelectorAll('script:not([type="application/ld+json"])')];
    expect(scripts.map((s) => s.getAttribute('type'))).toEqual(['module']);
    const src = scripts[0]!.getAttribute('src');
    const code = src ? readFileSync(join(FIXTURE_DIST, src), 'utf8') : scripts[0]!.textContent!;
    expect(code).toContain('data-print-date');
    expect(code).not.toContain('clipboard');
    expect(code.length).toBeLessThan(1000);
  });
});

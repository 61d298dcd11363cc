/** What a reader sees on the built pages (issue 16, reader side): release pages, dates, navigation, identity. */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/t.ts';
import { exists, htmlPages, page } from '../support/dist.ts';
import { FIXTURE_DIST, ROOT } from '../support/fixture.ts';
import { pageWeight } from '../../scripts/bench/dist-stats.ts';
import { RELEASE_JS_BYTES } from '../../scripts/bench/budgets.ts';

const CIS = {
  ru: '/ru/2020/10/07/mid-stran-sng-proveli-konsultatsii-o-sotrudnichestve-v-informatsionnoy-sfere/',
  en: '/en/2020/10/07/cis-foreign-ministries-consult-on-cooperation-in-the-information-sphere/',
  tg: '/tg/2020/10/07/vazorathoi-korhoi-khorijii-idm-oid-ba-hamkori-dar-sohai-ittiloot-mashvarat/',
};
const TOKYO = '/en/2026/03/04/foreign-ministers-of-tajikistan-and-japan-meet-in-tokyo/';
const FAKE_NEWS_RU = '/ru/2020/04/20/sootechestvenniki-zapustili-proekty-stopcoronafake-i-khoroshie-novosti/';
const releasePages = htmlPages().filter((f) => /^[a-z]{2}\/\d{4}\/\d\d\/\d\d\/[^/]+\/index\.html$/.test(f)).map((f) => `/${f.replace(/index\.html$/, '')}`);
const langOf = (path: string) => path.split('/')[1]!;
const css = readFileSync(join(ROOT, 'src/styles/global.css'), 'utf8');

describe('release pages', () => {
  it('head and label footnotes in the page language, with a defined sr-only class', () => {
    const ru = page(FAKE_NEWS_RU);
    expect(ru.querySelector('#footnote-label')!.textContent).toBe(t('ru', 'release.footnotes'));
    expect(ru.querySelector('[data-footnote-backref]')!.getAttribute('aria-label')).toBe('Вернуться к сноске 1');
    expect(page(TOKYO).querySelector('#footnote-label')!.textContent).toBe(t('en', 'release.footnotes'));
    expect(css).toMatch(/\.sr-only\s*\{[^}]*clip-path: inset\(50%\)/);
    // The back link keeps its underline: nothing sets text-decoration: none on it.
    expect(css).not.toMatch(/\[data-footnote-backref\][^{]*\{[^}]*text-decoration:\s*none/);
  });

  it('put every table of a body in a scroll box a keyboard can reach, named in the page language', () => {
    let tables = 0;
    for (const path of releasePages) {
      for (const table of page(path).querySelectorAll('.body table')) {
        const box = table.parentElement!;
        expect(box.matches('.table-scroll[tabindex="0"][aria-label]'), path).toBe(true);
        expect(box.getAttribute('aria-label')).toMatch(new RegExp(`^${t(langOf(path), 'release.table', { n: '\\d+' })}$`));
        tables++;
      }
    }
    expect(tables).toBeGreaterThan(0);
  });

  it('say in the page language only, outside the article, which languages a release lacks', () => {
    const doc = page(CIS.ru);
    const notice = doc.querySelector('.translation-notice')!;
    expect(notice.textContent).toBe(t('ru', 'release.missing', { languages: 'арабский' }));
    expect(notice.closest('article, [data-pagefind-body]')).toBeNull();
    expect(notice.querySelector('[lang]')).toBeNull();
    expect(css).toMatch(/@media print \{[^@]*\.notice[^{]*\{ display: none/);
    // The footnote's "↩" back-link is a link to follow, nothing on paper.
    expect(css).toMatch(/@media print \{[^@]*\[data-footnote-backref\] \{ display: none/);
  });

  it("show a translation its original's photo, marked with the original's language", () => {
    const tg = page(CIS.tg);
    const figure = tg.querySelector('.hero')!;
    expect(figure.getAttribute('lang')).toBe('ru');
    expect(figure.querySelector('img')!.getAttribute('alt')).toBe(page(CIS.ru).querySelector('.hero img')!.getAttribute('alt'));
    // Shown in Russian, so kept out of the Tajik search index; the original's own figure stays indexed.
    expect(figure.hasAttribute('data-pagefind-ignore')).toBe(true);
    expect(page(CIS.ru).querySelector('.hero')!.hasAttribute('data-pagefind-ignore')).toBe(false);
  });

  it('mark a related release in another language with that language, and hreflang', () => {
    let marked = 0;
    for (const path of releasePages) {
      const lang = langOf(path);
      for (const a of page(path).querySelectorAll('.related a[hreflang]')) {
        const target = a.getAttribute('href')!.split('/')[1]!;
        expect(target, path).not.toBe(lang);
        expect(a.nextElementSibling?.textContent, path).toBe(` (${t(lang, `lang.in.${target}`)})`);
        marked++;
      }
    }
    expect(marked).toBeGreaterThan(0);
    expect(page(TOKYO).querySelector('.related .link-lang')!.textContent).toMatch(/^ \(in [A-Z][a-z]+\)$/);
  });

  it('link a participating organisation that is an agency of the site to its page', () => {
    const link = [...page(CIS.ru).querySelectorAll('.participants dd a')].find((a) => a.textContent === 'Исполнительный комитет СНГ');
    expect(link?.getAttribute('href')).toBe('/ru/agencies/cis-ec/');
  });

  it('show visible breadcrumbs with the names and addresses of the BreadcrumbList', () => {
    for (const path of [CIS.ru, CIS.tg, TOKYO]) {
      const doc = page(path);
      const visible = [...doc.querySelectorAll('.breadcrumbs li')].map((li) => ({
        name: li.textContent, url: li.querySelector('a')?.getAttribute('href') ?? path,
      }));
      const ld = [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent!))
        .find((o) => o['@type'] === 'BreadcrumbList');
      const data = ld.itemListElement.map((i: { name: string; item: string }) => ({ name: i.name, url: new URL(i.item).pathname }));
      expect(visible, path).toEqual(data);
      expect(visible.length).toBe(3);
      expect(doc.querySelector('.breadcrumbs li:last-child [aria-current="page"]')).not.toBeNull();
    }
  });

  it('ship no script but the print date, within its budget', () => {
    const size = (sitePath: string) => statSync(join(FIXTURE_DIST, sitePath.replace(/^\/+/, ''))).size;
    for (const path of releasePages) {
      const html = readFileSync(join(FIXTURE_DIST, path, 'index.html'), 'utf8');
      const code = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter((m) => !/application\/ld\+json/.test(m[1]!));
      expect(code.map((m) => m[2]!.includes('data-print-date')), path).toEqual([true]);
      expect(pageWeight(html, size).js, path).toBeLessThanOrEqual(RELEASE_JS_BYTES);
    }
  });

  it('offer the address to copy and an e-mail link, without script', () => {
    const doc = page(CIS.ru);
    const canonical = doc.querySelector('link[rel="canonical"]')!.getAttribute('href');
    expect(doc.querySelector('.share textarea#share-url[readonly]')!.textContent).toBe(canonical);
    expect(doc.querySelector('.share label[for="share-url"]')).not.toBeNull();
    const mail = doc.querySelector('.share a[href^="mailto:"]')!.getAttribute('href')!;
    expect(decodeURIComponent(mail)).toContain(canonical);
    expect(doc.querySelector('.share button')).toBeNull();
  });

  it("print the site name and the release's address, and mark links that are their own address", () => {
    const doc = page(CIS.ru);
    const head = doc.querySelector('.print-head')!;
    expect(head.querySelector('.print-site')!.textContent).toBe('Пресс-служба Тестового ведомства');
    expect(head.textContent).toContain(doc.querySelector('link[rel="canonical"]')!.getAttribute('href'));
    expect(head.querySelector('[data-print-date]')!.getAttribute('data-template')).toBe('Дата печати: {date}');
    // Without script the line names the version printed, not an empty "print date".
    expect(head.querySelector('[data-print-date]')!.textContent).toBe('Опубликовано: 7 октября 2020 г.');
    expect(page(CIS.tg).querySelector('[data-print-date]')!.textContent).toBe('Нашр шуд: 7 октябр 2020');
    // The print date's month patterns, made at build time: the browser may lack the language's date data.
    const months = (path: string) => page(path).querySelector('[data-print-date]')!.getAttribute('data-months')!.split('|');
    expect(months(CIS.tg)).toHaveLength(12);
    expect(months(CIS.tg)[11]).toBe('{d} декабр {y}');
    expect(months(CIS.ru)[0]).toBe('{d} января {y} г.');
    const bare = [...page(FAKE_NEWS_RU).querySelectorAll('.body a.bare-url')];
    expect(bare.every((a) => a.textContent === a.getAttribute('href'))).toBe(true);
    expect(css).toMatch(/a\[href\^="http"\]:not\(\.bare-url\)::after/);
  });
});

describe('dates and typography', () => {
  it('write British English dates and the time with its zone', () => {
    expect(page(TOKYO).querySelector('.release-header time')!.textContent).toBe('4 March 2026, 16:00 (UTC+9)');
    expect(page(CIS.en).querySelector('.release-header time')!.textContent).toBe('7 October 2020, 10:00 (UTC+5)');
  });

  it('write Tajik dates without a leading zero, the month in lower case', () => {
    expect(page(CIS.tg).querySelector('.release-header time')!.textContent).toBe('7 октябр 2020, 10:00 (UTC+5)');
    for (const time of page('/tg/').querySelectorAll('.release-list time')) expect(time.textContent).toMatch(/^[1-9]\d? [а-яӣӯҳқғҷ]+ \d{4}$/);
  });

  it('bind Russian and Tajik short words and dashes with non-breaking spaces, in headings and text', () => {
    const ru = page(CIS.ru);
    expect(ru.querySelector('h1')!.textContent).toContain('о\u00a0сотрудничестве в\u00a0информационной');
    expect(ru.querySelector('.body')!.textContent).toContain('государств\u00a0— участников');
    expect(ru.querySelector('.body')!.textContent).toContain('в\u00a0формате');
    expect(page('/ru/').querySelector('.release-list-title')!.textContent).toMatch(/\u00a0/);
    expect(page(CIS.tg).querySelector('.body')!.textContent).toMatch(/ (ва|ба|дар|аз)\u00a0/);
    // English text is left as written.
    expect(page(CIS.en).querySelector('.body')!.textContent).not.toMatch(/\u00a0/);
  });
});

describe('navigation', () => {
  it('links a numbered page of a list to the same page in every language that has one', () => {
    expect(page('/en/page/1/').querySelector('.lang-switch a[hreflang="ar"]')!.getAttribute('href')).toBe('/ar/page/1/');
    expect(page('/ar/page/1/').querySelector('.lang-switch a[hreflang="en"]')!.getAttribute('href')).toBe('/en/page/1/');
    // Russian has no page 1: named, not linked.
    expect(page('/en/page/1/').querySelector('.lang-switch .unavailable[lang="ru"]')).not.toBeNull();
    // And every switcher link on every page leads to a page that exists.
    for (const f of htmlPages()) {
      for (const a of page(`/${f}`).querySelectorAll('.lang-switch a')) expect(exists(a.getAttribute('href')!), f).toBe(true);
    }
  });

  it("leads from a 404 page to each language's home", () => {
    const links = [...page('/ru/404.html').querySelectorAll('.lang-switch a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['/en/', '/tg/', '/ar/']);
  });

  it('marks the current section in the navigation', () => {
    const current = (path: string) => [...page(path).querySelectorAll('.nav a[aria-current]')].map((a) => [a.textContent, a.getAttribute('aria-current')]);
    expect(current('/ru/countries/')).toEqual([['Страны', 'page']]);
    expect(current('/ru/countries/tj/')).toEqual([['Страны', 'true']]);
    expect(current('/en/page/1/')).toEqual([['Home', 'true']]);
    expect(current('/en/archive/2019/page/1/')).toEqual([['Archive', 'true']]);
    expect(current(CIS.ru)).toEqual([]);
  });

  it('lets a year archive jump to any month, on the page where it starts, and to the neighbouring years', () => {
    const doc = page('/en/archive/2019/page/1/');
    const months = [...doc.querySelectorAll('.year-nav a')].map((a) => [a.textContent, a.getAttribute('href')]);
    // 12 February releases, then 30 January ones: both start on the front page (lib/site/archive.ts is unit tested for other pages).
    expect(months).toEqual([['February', '/en/archive/2019/#month-2019-02'], ['January', '/en/archive/2019/#month-2019-01']]);
    for (const [, href] of months) {
      const [path, id] = href!.split('#');
      expect(page(path!).getElementById(id!), href!).not.toBeNull();
    }
    const years = [...page('/en/archive/2020/').querySelectorAll('.year-steps a')].map((a) => a.getAttribute('href'));
    expect(years).toEqual(['/en/archive/2019/', '/en/archive/2025/']);
    expect(page('/en/archive/2020/').querySelector('.month h2')!.textContent).toBe('October 2020');
  });
});

describe('the organisation and its press contacts', () => {
  it('names the organisation with its emblem in the header, and its address, contacts and legal line in the footer', () => {
    const doc = page('/ru/');
    expect(doc.querySelector('.brand-name')!.textContent).toBe('Пресс-служба Тестового ведомства');
    expect(doc.querySelector('.brand img.emblem')!.getAttribute('src')).toBe('/emblem.svg');
    expect(exists('/emblem.svg')).toBe(true);
    const footer = doc.querySelector('.site-footer')!;
    expect(footer.querySelector('address')!.textContent).toContain('Душанбе');
    const email = footer.querySelector('a[href="mailto:press-service.test-office@information-department.example.org"]')!;
    // Its text is the address, character for character; each hyphen is kept with its neighbours (tests/e2e/email-wrap.test.ts).
    expect(email.textContent).toBe('press-service.test-office@information-department.example.org');
    expect([...email.querySelectorAll('.nobr')].map((s) => s.textContent)).toEqual(['s-s', 't-o', 'n-d']);
    // A space after the label, also in copied text: "Контакты: +992 …", not "Контакты:+992 …".
    expect(footer.querySelector('address')!.textContent!.replace(/\s+/g, ' ')).toMatch(/Контакты: \+\d/);
    expect(footer.querySelector('.legal')!.textContent).toMatch(/^© Пресс-служба Тестового ведомства/);
    expect(page('/en/').querySelector('.brand-name')!.textContent).toBe('Test Office Press Service');
    expect(page('/en/').querySelector('title')!.textContent).toBe('Test Office Press Service');
  });

  it('marks a text that falls back to Russian on an Arabic page with its language and direction', () => {
    const footer = page('/ar/').querySelector('.site-footer')!;
    const marked = [...footer.querySelectorAll('[lang]')].map((e) => [e.getAttribute('lang'), e.getAttribute('dir'), e.textContent!.slice(0, 12)]);
    expect(marked).toEqual([['ru', 'ltr', 'Пресс-служба'], ['ru', 'ltr', '734025, Респ'], ['ru', 'ltr', '© Пресс-служ']]);
    expect(page('/ar/agencies/mfa-tj/').querySelector('.press-contact p [lang="ru"]')!.textContent).toBe('Пресс-служба МИД Таджикистана');
    expect(page('/ru/').querySelector('.site-footer [lang]')).toBeNull();
    expect(page('/tg/agencies/mfa-tj/').querySelector('.press-contact [lang]')).toBeNull();
  });

  it("shows an agency's media contacts on its page and under its releases", () => {
    for (const path of ['/ru/agencies/khovar/', CIS.ru]) {
      const box = page(path).querySelector('.press-contact')!;
      expect(box.querySelector('h2')!.textContent).toBe('Контакты для СМИ');
      expect(box.textContent).toContain('Пресс-служба НИАТ «Ховар»');
      expect(box.querySelector('a[href="tel:+992370000001"]')!.textContent).toBe('+992\u00a037\u00a0000\u201100\u201101');
      expect(box.querySelector('a[href="mailto:khovar-press@example.org"]')).not.toBeNull();
    }
    expect(page('/en/agencies/mds/').querySelector('.press-contact')).toBeNull();
  });
});

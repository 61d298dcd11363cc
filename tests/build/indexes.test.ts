import { describe, expect, it } from 'vitest';
import { exists, htmlPages, page, read } from '../support/dist.ts';
import { listed } from '../support/lists.ts';

const SITE = 'https://press.example.org';

describe('agency, topic and year indexes', () => {
  it('an agency page has the localized name, description and site, and only that agency’s releases', () => {
    const doc = page('/en/agencies/khovar/');
    expect(doc.querySelector('h1')!.textContent).toBe('Khovar National Information Agency of Tajikistan');
    expect(doc.querySelector('.about')!.textContent).toContain('The state news agency of the Republic of Tajikistan.');
    expect(doc.querySelector('.about a')!.getAttribute('href')).toBe('https://khovar.tj/');
    const list = page('/en/agencies/');
    const agencies = [...list.querySelectorAll('.index-list li')].map((li) => li.getAttribute('data-key'));
    // Only agencies with an English release; CIS Executive Committee releases exist in ru and tg only.
    expect(agencies.sort()).toEqual(['khovar', 'mds', 'mfa-tj']);
    expect(exists('/en/agencies/cis-ec/')).toBe(false);
    expect(exists('/ru/agencies/cis-ec/')).toBe(true);
    // The long-title and MDX fixture releases, the Tokyo and Kuwait ones, and 42 pagination releases.
    expect(listed('/en/agencies/mfa-tj/').flat().length).toBe(4 + 42);
    expect(list.querySelector('[data-key="khovar"] .note')!.textContent).toBe('The state news agency of the Republic of Tajikistan.');
  });

  it('topic pages list the topic’s releases of their language', () => {
    const names = [...page('/ru/topics/').querySelectorAll('.index-list a')].map((a) => a.textContent);
    expect(names).toEqual(['Дипломатия', 'Здравоохранение', 'СМИ и информация', 'Соотечественники', 'Экономика и торговля']);
    const health = listed('/ru/topics/health/').flat();
    expect(health).toHaveLength(2);
    expect(health.every((p) => p.startsWith('/ru/2020/04/'))).toBe(true);
    expect(page('/ru/topics/').querySelector('[data-key="culture"]')).toBeNull(); // only the embargoed and draft releases
  });

  it('the archive lists years with counts and each year under month headings, newest first', () => {
    const years = [...page('/en/archive/').querySelectorAll('.index-list li')].map((li) => `${li.querySelector('a')!.textContent} ${li.querySelector('.count')!.textContent}`);
    expect(years).toEqual(['2026 3 press releases', '2025 1 press release', '2020 2 press releases', '2019 42 press releases']);
    const pages = listed('/en/archive/2019/');
    expect(pages.map((p) => p.length)).toEqual([22, 20]);
    const months = ['/en/archive/2019/', '/en/archive/2019/page/1/'].flatMap((path) => [...page(path).querySelectorAll('.month h2')].map((h) => h.textContent));
    // 42 releases, one a day from 2 January to 12 February: the front page holds both months
    // (the newest 22), and January's heading repeats at the top of page 1 (the oldest 20).
    expect(months).toEqual(['February 2019', 'January 2019', 'January 2019']);
    const feb = page('/en/archive/2019/').querySelectorAll('.month')[0]!;
    expect([...feb.querySelectorAll('time')].every((t) => / February 2019$/.test(t.textContent!))).toBe(true);
    expect(page('/ru/archive/2020/').querySelector('.month h2')!.textContent).toBe('Октябрь 2020');
    expect(page('/tg/archive/2020/').querySelector('.month h2')!.textContent).toBe('Октябр 2020');
  });

  it('no index page shows a draft or an embargoed release', () => {
    for (const f of htmlPages().filter((p) => /^[a-z]{2}\/(countries|agencies|topics|archive)\//.test(p))) {
      const html = read(f);
      expect(html, f).not.toMatch(/EMBARGO|DRAFT/);
    }
  });
});

describe('links between languages and pages', () => {
  it('links an index page in the other languages only where it exists', () => {
    const hreflangs = (path: string) => [...page(path).querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => l.getAttribute('hreflang'));
    expect(hreflangs('/ru/countries/tj/')).toEqual(['ru', 'en', 'tg', 'ar', 'x-default']);
    expect(hreflangs('/tg/countries/fr/')).toEqual(['tg']);
    expect(hreflangs('/ru/countries/me/')).toEqual(['ru', 'en', 'x-default']);
    expect(hreflangs('/ru/countries/')).toEqual(['ru', 'en', 'tg', 'ar', 'x-default']);
    const switcher = page('/tg/countries/fr/');
    expect(switcher.querySelectorAll('.lang-switch a')).toHaveLength(0);
    expect(switcher.querySelector('.lang-switch .unavailable[lang="ru"]')).not.toBeNull();
  });

  it('every hreflang alternate, in every page, is a file of the site', () => {
    let links = 0;
    for (const f of htmlPages()) {
      for (const l of page(`/${f}`).querySelectorAll('link[rel="alternate"][hreflang]')) {
        const href = l.getAttribute('href')!;
        expect(href.startsWith(`${SITE}/`), `${f} → ${href}`).toBe(true);
        expect(exists(href.slice(SITE.length)), `${f} → ${href}`).toBe(true);
        links += 1;
      }
    }
    expect(links).toBeGreaterThan(200);
  });

  // Every link of every page resolving (nav, content, anchors, images) is checked by
  // scripts/check-links.ts in tests/build/links.test.ts.

  it('a release shows similar releases of its language, scored, without the ones linked by hand', () => {
    const doc = page('/ru/2020/10/07/mid-stran-sng-proveli-konsultatsii-o-sotrudnichestve-v-informatsionnoy-sfere/');
    expect(doc.querySelector('.similar h2')!.textContent).toBe('Похожие пресс-релизы');
    const similar = [...doc.querySelectorAll('.similar a')].map((a) => a.getAttribute('href')!);
    // Both score 5 (media 3 + Russia 2); ties newest first. The CIS chairmanship and Vienna
    // releases would score as much but are already hand-set related links.
    expect(similar).toEqual([
      '/ru/2020/04/20/sootechestvenniki-zapustili-proekty-stopcoronafake-i-khoroshie-novosti/',
      '/ru/2020/04/15/moskva-i-sootechestvenniki-pereshli-na-onlayn-format/',
    ]);
    expect(page('/en/countries/is/').querySelector('.similar')).toBeNull();
  });
});

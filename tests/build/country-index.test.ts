import { describe, expect, it } from 'vitest';
import { collator } from '../../src/i18n/format.ts';
import { plural } from '../../src/i18n/t.ts';
import { exists, page } from '../support/dist.ts';
import { FIXTURE_LANGUAGES } from '../support/fixture.ts';
import { builtReleases, listed, newestFirst } from '../support/lists.ts';
import { BOUNDARY_COUNTS } from '../support/pagination-fixture.ts';

const LANGS = FIXTURE_LANGUAGES.split(',');
const releases = builtReleases();

describe('country indexes', () => {
  it('a country page lists exactly the releases of its language naming the country, newest first', () => {
    expect(releases.length).toBeGreaterThan(50);
    let checked = 0;
    for (const lang of LANGS) {
      const codes = new Set(releases.filter((r) => r.lang === lang).flatMap((r) => r.countries));
      for (const code of codes) {
        const expected = releases.filter((r) => r.lang === lang && r.countries.includes(code)).sort(newestFirst);
        const shown = listed(`/${lang}/countries/${code.toLowerCase()}/`).flat();
        expect(shown, `${lang} ${code}`).toEqual(expected.map((r) => r.path));
        const dates = shown.map((p) => releases.find((r) => r.path === p)!.date);
        expect(dates, `${lang} ${code} in date order`).toEqual([...dates].sort().reverse());
        checked += 1;
      }
    }
    // TJ in all four languages; the English boundary countries; the Tajik collation release.
    expect(checked).toBeGreaterThan(40);
  });

  it('the countries list names each country once, with the number of releases in words of the language', () => {
    for (const lang of LANGS) {
      const doc = page(`/${lang}/countries/`);
      const entries = [...doc.querySelectorAll('.index-list li')];
      const own = releases.filter((r) => r.lang === lang);
      expect(entries.map((li) => li.getAttribute('data-key')).sort(), lang).toEqual([...new Set(own.flatMap((r) => r.countries))].sort());
      for (const li of entries) {
        const code = li.getAttribute('data-key')!;
        const count = own.filter((r) => r.countries.includes(code)).length;
        expect(li.querySelector('.count')!.textContent, `${lang} ${code}`).toBe(plural(lang, 'count.releases', count));
        expect(li.querySelector('a')!.getAttribute('href')).toBe(`/${lang}/countries/${code.toLowerCase()}/`);
      }
    }
    const en = page('/en/countries/');
    expect(en.querySelector('[data-key="IS"] .count')!.textContent).toBe('21 press releases');
    expect(en.querySelector('[data-key="LI"] .count')!.textContent).toBe('1 press release');
    expect(page('/ru/countries/').querySelector('[data-key="RU"] .count')!.textContent).toBe('4 пресс-релиза');
  });

  it('paginates at the boundaries: 0, 1, exactly 20 and 21 releases; 42 make a front page and a stable page 1', () => {
    expect(BOUNDARY_COUNTS).toEqual({ IS: 21, NO: 20, LI: 1 });
    // 0: Finland is named only by the embargoed release, so it has no page and no entry.
    for (const lang of LANGS) {
      expect(exists(`/${lang}/countries/fi/`), lang).toBe(false);
      expect(page(`/${lang}/countries/`).querySelector('[data-key="FI"]'), lang).toBeNull();
    }
    // 1, 20 and 21: one page (the front page holds up to 39), no page links, no numbered page.
    for (const [code, n] of [['li', 1], ['no', 20], ['is', 21]] as const) {
      const doc = page(`/en/countries/${code}/`);
      expect(doc.querySelectorAll('.release-list > li').length).toBe(n);
      expect(doc.querySelector('.pagination')).toBeNull();
      expect(doc.querySelector('link[rel="next"]')).toBeNull();
      expect(exists(`/en/countries/${code}/page/1/`)).toBe(false);
    }
    // 42 (the 2019 archive): the front page shows the newest 22, page 1 the oldest 20, linked both ways.
    const front = page('/en/archive/2019/');
    expect(front.querySelectorAll('.release-list > li').length).toBe(22);
    expect(front.querySelector('link[rel="next"]')!.getAttribute('href')).toBe('/en/archive/2019/page/1/');
    expect(front.querySelector('link[rel="prev"]')).toBeNull();
    expect(front.querySelector('.pagination a[rel="next"]')!.getAttribute('href')).toBe('/en/archive/2019/page/1/');
    expect(front.querySelector('.pagination [aria-current="page"]')!.textContent).toBe('Latest');
    const oldest = page('/en/archive/2019/page/1/');
    expect(oldest.querySelectorAll('.release-list > li').length).toBe(20);
    expect(oldest.querySelector('link[rel="prev"]')!.getAttribute('href')).toBe('/en/archive/2019/');
    expect(oldest.querySelector('link[rel="next"]')).toBeNull();
    expect(oldest.querySelector('.pagination [aria-current="page"]')!.textContent).toBe('1');
    expect(oldest.querySelector('h1')!.textContent).toBe('Press releases of 2019. Page 1');
    // Page 1 holds the oldest: the fixture's first release, 2 January 2019.
    expect([...oldest.querySelectorAll('time')].at(-1)!.getAttribute('datetime')).toMatch(/^2019-01-02/);
    expect(exists('/en/archive/2019/page/2/')).toBe(false);
  });

  it('sorts Russian names А..Я', () => {
    const names = [...page('/ru/countries/').querySelectorAll('.index-list a')].map((a) => a.textContent);
    expect(names).toEqual([
      'Австрия', 'Азербайджан', 'Армения', 'Беларусь', 'Великобритания', 'Италия', 'Казахстан', 'Кыргызстан',
      'Марокко', 'Россия', 'Таджикистан', 'Узбекистан', 'Черногория', 'Эстония',
    ]);
    const letters = [...page('/ru/countries/').querySelectorAll('.index-group h2')].map((h) => h.textContent);
    expect(letters).toEqual(['А', 'Б', 'В', 'И', 'К', 'М', 'Р', 'Т', 'У', 'Ч', 'Э']);
  });

  it('sorts Tajik names by the Tajik alphabet (Қ after К, Ӯ after У, Ҳ after Х, Ҷ after Ч)', () => {
    const doc = page('/tg/countries/');
    const names = [...doc.querySelectorAll('.index-list a')].map((a) => a.textContent!);
    expect(names).toEqual([
      'Австрия', 'Арманистон', 'Беларус', 'Гурҷистон', 'Кения', 'Қазоқистон', 'Қирғизистон', 'Озарбойҷон', 'Русия',
      'Тоҷикистон', 'Уганда', 'Украина', 'Ӯзбекистон', 'Фаронса', 'Хитой', 'Ҳиндустон', 'Чили', 'Ҷумҳурии Чех',
    ]);
    expect([...names].sort(collator('tg').compare)).toEqual(names);
    const letters = [...doc.querySelectorAll('.index-group h2')].map((h) => h.textContent);
    expect(letters).toEqual(['А', 'Б', 'Г', 'К', 'Қ', 'О', 'Р', 'Т', 'У', 'Ӯ', 'Ф', 'Х', 'Ҳ', 'Ч', 'Ҷ']);
    // The letter bar jumps to each heading.
    const bar = [...doc.querySelectorAll('.letters a')].map((a) => a.getAttribute('href')!.slice(1));
    expect(bar.map((id) => doc.getElementById(id)!.textContent)).toEqual(letters);
  });
});

import { describe, expect, it } from 'vitest';
import { monthLinks, neighbourYears } from '../../src/lib/site/archive.ts';
import { currentSection, pageAlternates } from '../../src/lib/site/nav.ts';
import { agencyNames, linkOrganisations } from '../../src/lib/site/organisations.ts';
import { typeset, typesetLine } from '../../src/i18n/typography.ts';

describe('navigation helpers', () => {
  it('finds the section a page belongs to', () => {
    expect(currentSection('/ru/', 'ru')).toEqual({ key: 'nav.home', exact: true });
    expect(currentSection('/ru/page/3/', 'ru')).toEqual({ key: 'nav.home', exact: false });
    expect(currentSection('/ru/countries/', 'ru')).toEqual({ key: 'nav.countries', exact: true });
    expect(currentSection('/ru/countries/tj/page/2/', 'ru')).toEqual({ key: 'nav.countries', exact: false });
    expect(currentSection('/ru/2020/10/07/x/', 'ru')).toBeUndefined();
    expect(currentSection('/ru/search/', 'ru')).toBeUndefined();
    const base = (p: string) => `/press${p}`;
    expect(currentSection('/press/en/archive/2020/', 'en', base)).toEqual({ key: 'nav.archive', exact: false });
  });

  it('links page n in the languages whose list has it', () => {
    const firsts = [{ lang: 'ru', path: '/ru/countries/tj/' }, { lang: 'en', path: '/en/countries/tj/' }, { lang: 'tg', path: '/tg/countries/tj/' }];
    // Numbered pages are cut from the oldest, the newest 20 to 39 on the front page: 45 → pages 1; 60 → 1, 2.
    const sizes: Record<string, number> = { ru: 60, en: 45, tg: 39 };
    expect(pageAlternates(firsts, (l) => sizes[l]!, 0, 20)).toEqual(firsts);
    expect(pageAlternates(firsts, (l) => sizes[l]!, 1, 20)).toEqual([{ lang: 'ru', path: '/ru/countries/tj/page/1/' }, { lang: 'en', path: '/en/countries/tj/page/1/' }]);
    expect(pageAlternates(firsts, (l) => sizes[l]!, 2, 20)).toEqual([{ lang: 'ru', path: '/ru/countries/tj/page/2/' }]);
  });

  it("links each month on the page holding its newest release", () => {
    const at = (month: number) => ({ local: { year: 2020, month, day: 1 } });
    // Pages as paginate() cuts them: the front page, then numbered pages newest first.
    const pages = [
      { number: 0, items: [12, 12, 12].map(at) },
      { number: 2, items: [11, 11, 11].map(at) },
      { number: 1, items: [11, 10, 10].map(at) },
    ];
    expect(monthLinks(pages, '/ru/archive/2020/')).toEqual([
      { month: 12, href: '/ru/archive/2020/#month-2020-12', count: 3 },
      { month: 11, href: '/ru/archive/2020/page/2/#month-2020-11', count: 4 },
      { month: 10, href: '/ru/archive/2020/page/1/#month-2020-10', count: 2 },
    ]);
    expect(neighbourYears(['2026', '2019', '2020', '2025'], '2020')).toEqual({ prev: '2019', next: '2025' });
    expect(neighbourYears(['2020'], '2020')).toEqual({ prev: undefined, next: undefined });
  });
});

describe('organisations that are agencies', () => {
  const agencies = new Map([['cis-ec', { id: 'cis-ec', data: { name: { ru: 'Исполнительный комитет СНГ', en: 'CIS Executive Committee' }, short: { ru: 'Исполком СНГ' }, aliases: [] } }]]);
  it('links them by any of their names, when the agency has a page in the language', () => {
    const names = agencyNames(agencies);
    // Built once per agency list, not once per release page.
    expect(agencyNames(agencies)).toBe(names);
    expect(linkOrganisations(['Исполнительный  комитет СНГ', 'ЮНЕСКО', 'исполком снг'], names, 'ru', () => true)).toEqual([
      { name: 'Исполнительный  комитет СНГ', path: '/ru/agencies/cis-ec/' },
      { name: 'ЮНЕСКО' },
      { name: 'исполком снг', path: '/ru/agencies/cis-ec/' },
    ]);
    expect(linkOrganisations(['CIS Executive Committee'], names, 'en', () => false)).toEqual([{ name: 'CIS Executive Committee' }]);
  });
});

describe('typography', () => {
  const shown = (s: string) => s.replace(/\u00a0/g, '~');
  it('binds short words and dashes in Russian and Tajik, and leaves other languages alone', () => {
    expect(shown(typeset('Встреча в Москве - итоги и планы', 'ru'))).toBe('Встреча в~Москве~— итоги и~планы');
    expect(shown(typeset('Ӯ ва ман дар Душанбе — натиҷаҳо', 'tg'))).toBe('Ӯ~ва~ман дар Душанбе~— натиҷаҳо');
    expect(typeset('A meeting in Moscow - results', 'en')).toBe('A meeting in Moscow - results');
  });

  it('sets a remembered title as it sets it the first time, per language', () => {
    const title = 'Встреча в Москве - итоги и планы';
    for (let i = 0; i < 2; i++) {
      expect(shown(typesetLine(title, 'ru'))).toBe('Встреча в~Москве~— итоги и~планы');
      expect(typesetLine(title, 'en')).toBe(title);
      expect(typesetLine('', 'ru')).toBe('');
    }
    // The same text set in Russian, then in Tajik (whose letters make «Ӯ» a short word): one per language.
    const both = 'Ӯ ва ман дар Душанбе — натиҷаҳо';
    expect(shown(typesetLine(both, 'ru'))).toBe('Ӯ ва~ман дар Душанбе~— натиҷаҳо');
    expect(shown(typesetLine(both, 'tg'))).toBe('Ӯ~ва~ман дар Душанбе~— натиҷаҳо');
  });
});

describe('organisation and press contact data', async () => {
  const { agencySchema, organisationSchema } = await import('../../src/schema.ts');
  const agency = { name: { ru: 'А' }, url: 'https://a.tj/', country: 'TJ', timezone: 'Asia/Dushanbe' };
  it('takes a press contact with a phone or an e-mail, in international form', () => {
    expect(agencySchema.safeParse({ ...agency, press: { phone: '+992 37 000-00-01' } }).success).toBe(true);
    expect(agencySchema.safeParse({ ...agency, press: { name: { ru: 'Пресс-служба' } } }).success).toBe(false);
    expect(agencySchema.safeParse({ ...agency, press: { phone: '37 000-00-01' } }).success).toBe(false);
    expect(agencySchema.safeParse({ ...agency, press: { email: 'not an address' } }).success).toBe(false);
  });

  it('needs the organisation name and an .svg emblem, and refuses unknown fields', () => {
    expect(organisationSchema.safeParse({ name: { ru: 'Пресс-центр' }, emblem: 'emblem.svg' }).success).toBe(true);
    expect(organisationSchema.safeParse({ emblem: 'emblem.svg' }).success).toBe(false);
    expect(organisationSchema.safeParse({ name: { ru: 'П' }, emblem: 'emblem.png' }).success).toBe(false);
    expect(organisationSchema.safeParse({ name: { ru: 'П' }, adress: { ru: 'x' } }).success).toBe(false);
  });
});

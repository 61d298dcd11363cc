import { describe, expect, it } from 'vitest';
import { join, resolve } from 'node:path';
import { agencyNames, readAgencies } from '../../src/lib/tools/content-files.ts';
import { dateLine, likelyYear } from '../../src/lib/tools/import-dates.ts';
import { citedAgency, parseDateline } from '../../src/lib/tools/import-dateline.ts';

const agencies = readAgencies(join(resolve(import.meta.dirname, '../..'), 'content')).map((a) => ({ id: a.id, names: agencyNames(a) }));
const dl = (text: string, lang = 'ru') => parseDateline(text, agencies, lang);

describe('dates in the forms agencies write them', () => {
  it('reads numeric dates and month names in Russian (any case), Tajik (izofat) and English, with or without the year', () => {
    expect(dateLine('15.04.2020')).toEqual({ day: 15, month: 4, year: 2020 });
    expect(dateLine('2025-12-18')).toEqual({ day: 18, month: 12, year: 2025 });
    expect(dateLine('19 мая 2025 года')).toEqual({ day: 19, month: 5, year: 2025 });
    expect(dateLine('1 марта 2025 г.')).toEqual({ day: 1, month: 3, year: 2025 });
    expect(dateLine('Январь 7')).toEqual({ day: 7, month: 1 });
    expect(dateLine('27 сентябри соли 2025')).toEqual({ day: 27, month: 9, year: 2025 });
    expect(dateLine('5 феврали 2025')).toEqual({ day: 5, month: 2, year: 2025 });
    expect(dateLine('27 сентябр')).toEqual({ day: 27, month: 9 });
    expect(dateLine('12-уми декабри соли 2024')).toEqual({ day: 12, month: 12, year: 2024 });
    expect(dateLine('October 7, 2024')).toEqual({ day: 7, month: 10, year: 2024 });
    expect(dateLine('Oct. 7')).toEqual({ day: 7, month: 10 });
    expect(dateLine('7 September 2025')).toEqual({ day: 7, month: 9, year: 2025 });
    expect(dateLine('12 марта 2025 года, 14:30')).toEqual({ day: 12, month: 3, year: 2025, hour: 14, minute: 30 });
  });

  it('refuses what is not a calendar day, or not only a date', () => {
    expect(dateLine('30.02.2020')).toBeUndefined();
    expect(dateLine('31 апреля 2025')).toBeUndefined();
    expect(dateLine('15.13.2020')).toBeUndefined();
    expect(dateLine('19 мая в Москве прошла встреча')).toBeUndefined();
    expect(dateLine('Марина 7')).toBeUndefined();
  });

  it('suggests the year from the original address, else the latest such day up to today', () => {
    const today = new Date('2026-06-01T00:00:00Z');
    expect(likelyYear({ day: 19, month: 5 }, 'https://mosds.mos.ru/news/2025/05/19/x.html', today)).toEqual({ year: 2025, from: 'source' });
    expect(likelyYear({ day: 7, month: 10 }, 'https://khovar.tj/eng/2024/10/x/', today)).toEqual({ year: 2024, from: 'source' });
    expect(likelyYear({ day: 19, month: 5 }, 'https://mosds.mos.ru/news/detail/8837448.html', today)).toEqual({ year: 2026, from: 'today' });
    expect(likelyYear({ day: 27, month: 9 }, undefined, today)).toEqual({ year: 2025, from: 'today' });
  });
});

describe('datelines', () => {
  it('city first, agency in slashes (closing quote missing), parentheses with an author, after a dash', () => {
    expect(dl('ДУШАНБЕ, 07.10.2020 /НИАТ «Ховар/. 6 октября…')).toMatchObject({ city: 'Душанбе', date: { day: 7, month: 10, year: 2020 }, agency: 'khovar', rest: '6 октября…' });
    expect(dl('Душанбе, 27 сентябри (АМИТ «Ховар», Анвар Саидов). Дар Душанбе…', 'tg')).toMatchObject({ city: 'Душанбе', date: { day: 27, month: 9 }, agency: 'khovar', author: 'Анвар Саидов', rest: 'Дар Душанбе…' });
    expect(dl('DUSHANBE, October 7 (Khovar) – The ministers met.', 'en')).toMatchObject({ city: 'Dushanbe', date: { day: 7, month: 10 }, agency: 'khovar', rest: 'The ministers met.' });
    expect(dl('Минск, 3 марта 2025 года – Исполком СНГ. Исполнительный комитет…')).toMatchObject({ city: 'Минск', agency: 'cis-ec', rest: 'Исполнительный комитет…' });
    expect(dl('МОСКВА, 19 мая. /ТАСС/. Россия и…')).toMatchObject({ city: 'Москва', date: { day: 19, month: 5 }, agencyText: 'ТАСС', rest: 'Россия и…' });
    expect(dl('МОСКВА, 19 мая. /ТАСС/. Россия и…')!.agency).toBeUndefined();
  });

  it('date first, city after; no date at all; a dash that opens the text, not an agency', () => {
    expect(dl('07.10.2024, г. Душанбе /НИАТ «Ховар»/. В столице…')).toMatchObject({ city: 'Душанбе', date: { day: 7, month: 10, year: 2024 }, agency: 'khovar' });
    expect(dl('7 October 2025, ULAANBAATAR (MFA of Tajikistan) – Tajikistan and…', 'en')).toMatchObject({ city: 'Ulaanbaatar', agency: 'mfa-tj', rest: 'Tajikistan and…' });
    expect(dl('Dushanbe, Tajikistan, Oct. 7, 2024 (Khovar) — The ministers met.', 'en')).toMatchObject({ city: 'Dushanbe', date: { day: 7, month: 10, year: 2024 }, agency: 'khovar', rest: 'The ministers met.' });
    expect(dl('ДУШАНБЕ, 10 октябри соли 2025, АМИТ «Ховар». Матн', 'tg')).toMatchObject({ city: 'Душанбе', date: { day: 10, month: 10, year: 2025 }, agency: 'khovar', rest: 'Матн' });
    expect(dl('НЬЮ-ЙОРК, 21 сентября /НИАТ «Ховар»/. Текст')).toMatchObject({ city: 'Нью-Йорк', agency: 'khovar' });
    expect(dl('ДУШАНБЕ /НИАТ «Ховар»/ – Делегации…')).toMatchObject({ city: 'Душанбе', agency: 'khovar', rest: 'Делегации…' });
    expect(dl('Москва, 19 мая – Президент провёл встречу.')).toMatchObject({ city: 'Москва', rest: 'Президент провёл встречу.' });
    expect(dl('Москва, 19 мая – Президент провёл встречу.')!.agencyText).toBeUndefined();
  });

  it('leaves ordinary sentences alone', () => {
    expect(dl('Сегодня, 7 октября, в Душанбе прошла встреча.')).toBeUndefined();
    expect(dl('Президент Таджикистана 7 октября провёл встречу.')).toBeUndefined();
    expect(dl('В Москве прошла встреча.')).toBeUndefined();
    expect(dl('Tajikistan and Japan signed an agreement.', 'en')).toBeUndefined();
  });

  it('finds the agency a first paragraph cites: "сообщает", "со ссылкой на", "хабар дод", "reports"', () => {
    expect(citedAgency('Стороны подписали меморандум, сообщает МИД Таджикистана.', agencies)).toEqual({ agency: 'mfa-tj' });
    expect(citedAgency('Встреча прошла в Минске. Об этом сообщает пресс-служба со ссылкой на Исполком СНГ.', agencies)).toEqual({ agency: 'cis-ec' });
    expect(citedAgency('Сафир мулоқот кард. Дар ин бора АМИТ «Ховар» хабар дод.', agencies)).toEqual({ agency: 'khovar' });
    expect(citedAgency('Dushanbe hosted a conference, Khovar reports.', agencies)).toEqual({ agency: 'khovar' });
    expect(citedAgency('Встреча прошла со ссылкой на агентство Синьхуа.', agencies)).toEqual({ agencyText: 'агентство Синьхуа' });
    expect(citedAgency('Встреча прошла в Минске.', agencies)).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { countryName, datePatterns, formatDate, formatDateTime, formatMonth, formatTime, utcOffset } from '../../src/i18n/format.ts';
import { indexReleases } from '../../src/lib/content/release.ts';
import { fakeRelease } from '../support/entries.ts';

const MORNING = new Date('2020-10-07T10:00:00+05:00');

describe('dates per language', () => {
  it('writes British English, not US, dates', () => {
    expect(formatDate(MORNING, 'Asia/Dushanbe', 'en')).toBe('7 October 2020');
    expect(formatDateTime(MORNING, 'Asia/Dushanbe', 'en')).toBe('7 October 2020, 10:00 (UTC+5)');
  });

  it('writes Tajik days without a leading zero and months in lower case', () => {
    expect(formatDate(new Date('2026-03-04T16:00:00+05:00'), 'Asia/Dushanbe', 'tg')).toBe('4 март 2026');
    expect(formatDate(MORNING, 'Asia/Dushanbe', 'tg')).toBe('7 октябр 2020');
  });

  it('gives a time with the zone it is read in', () => {
    expect(formatTime(new Date('2026-03-04T16:00:00+09:00'), 'Asia/Tokyo', 'en')).toBe('16:00 (UTC+9)');
    expect(formatDateTime(MORNING, 'Asia/Dushanbe', 'ru')).toBe('7 октября 2020 г., 10:00 (UTC+5)');
    expect(utcOffset(MORNING, 'Asia/Kolkata')).toBe('UTC+5:30');
    expect(utcOffset(MORNING, 'America/St_Johns')).toBe('UTC\u22122:30');
    expect(utcOffset(MORNING, 'UTC')).toBe('UTC');
    // Summer time: Moscow has none, London has.
    expect(utcOffset(new Date('2020-07-01T12:00:00Z'), 'Europe/London')).toBe('UTC+1');
  });

  it('heads archive months with the capitalised nominative month name', () => {
    expect(formatMonth(2020, 10, 'ru')).toBe('Октябрь 2020');
    expect(formatMonth(2020, 10, 'en')).toBe('October 2020');
    expect(formatMonth(2020, 10, 'tg')).toBe('Октябр 2020');
  });
});

describe('country names', () => {
  it('uses the official short names where ICU differs', () => {
    expect(countryName('KG', 'ru')).toBe('Кыргызстан');
    expect(countryName('US', 'ru')).toBe('Соединённые Штаты');
    expect(countryName('BY', 'tg')).toBe('Беларус');
    expect(countryName('kg', 'ru')).toBe('Кыргызстан');
  });

  it('falls back to ICU for the rest', () => {
    expect(countryName('TJ', 'ru')).toBe('Таджикистан');
    expect(countryName('KG', 'en')).toBe('Kyrgyzstan');
    expect(countryName('BY', 'ru')).toBe('Беларусь');
  });
});

describe('one order a reader sees as sorted', () => {
  it('lists releases so the dates shown never go up, whatever their zones', () => {
    const zones = ['Pacific/Kiritimati', 'Asia/Tokyo', 'Asia/Dushanbe', 'Europe/Moscow', 'UTC', 'America/Los_Angeles', 'Pacific/Pago_Pago'];
    const releases = [];
    // Every 5 hours over four days, each instant in every zone: many instants fall on different days per zone.
    for (let h = 0; h < 96; h += 5) {
      for (const [i, zone] of zones.entries()) {
        const date = new Date(Date.UTC(2020, 11, 7, h, i));
        releases.push(fakeRelease(`ru/r-${h}-${i}`, { date, translationKey: `k-${h}-${i}` }, zone));
      }
    }
    const shown = indexReleases(releases, ['ru']).all.map((r) => r.local.year * 10000 + r.local.month * 100 + r.local.day);
    const rises = shown.filter((day, i) => i > 0 && day > shown[i - 1]!);
    expect(rises).toEqual([]);
    // The case from the issue: 9 December in Los Angeles (08:30 UTC) stands above 8 December in Tokyo (14:00 UTC).
    const tokyo = fakeRelease('ru/tokyo', { date: new Date('2020-12-08T23:00:00+09:00'), translationKey: 'tokyo' }, 'Asia/Tokyo');
    const la = fakeRelease('ru/la', { date: new Date('2020-12-09T00:30:00-08:00'), translationKey: 'la' }, 'America/Los_Angeles');
    expect(indexReleases([tokyo, la], ['ru']).all.map((r) => r.id)).toEqual(['ru/la', 'ru/tokyo']);
  });
});

describe('the month patterns for the print date', () => {
  it('give each month of the long date with the day and year left open, worked out once per language', () => {
    const { months, digits } = datePatterns('ru');
    expect(months).toHaveLength(12);
    expect(months[9]).toBe(formatDate(new Date(Date.UTC(2020, 9, 7, 12)), 'UTC', 'ru').replace('7', '{d}').replace('2020', '{y}'));
    expect(digits).toBe('0123456789');
    expect(datePatterns('ru')).toBe(datePatterns('ru'));
    expect(datePatterns('tg').months[0]).toContain('{d}');
  });
});

describe('formatDate, remembered per instant', () => {
  it('still gives each zone and language its own date for the same instant', () => {
    const instant = new Date('2020-12-08T23:30:00Z');
    expect(formatDate(instant, 'Asia/Tokyo', 'ru')).toBe('9 декабря 2020 г.');
    expect(formatDate(instant, 'America/Los_Angeles', 'ru')).toBe('8 декабря 2020 г.');
    expect(formatDate(instant, 'America/Los_Angeles', 'en')).toBe('8 December 2020');
    expect(formatDate(new Date(instant.getTime() + 86_400_000), 'America/Los_Angeles', 'en')).toBe('9 December 2020');
  });
});

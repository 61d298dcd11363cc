import { describe, expect, it } from 'vitest';
import { notFoundLanguage, suggestLanguage } from '../../src/lib/site/suggest.ts';

describe('suggestLanguage', () => {
  it('picks the first preferred language the site has', () => {
    expect(suggestLanguage(['de-DE', 'tg-TJ', 'ru'], ['ru', 'en', 'tg'])).toBe('tg');
    expect(suggestLanguage(['EN-gb'], ['ru', 'en'])).toBe('en');
    expect(suggestLanguage(['fr'], ['ru', 'en'])).toBeUndefined();
  });
});

describe('notFoundLanguage', () => {
  const langs = ['ru', 'en', 'tg'];
  it('takes the language from the requested path, under the base path too', () => {
    expect(notFoundLanguage('/tg/2020/gone/', '/', ['en'], langs)).toBe('tg');
    expect(notFoundLanguage('/press/EN/x', '/press/', ['ru'], langs)).toBe('en');
  });
  it('falls back to the browser languages when the path names none', () => {
    expect(notFoundLanguage('/nothing/here', '/', ['de', 'ru-RU'], langs)).toBe('ru');
    expect(notFoundLanguage('/press/fr/', '/press/', ['de'], langs)).toBeUndefined();
  });
});

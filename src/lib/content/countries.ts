/** ISO 3166-1 alpha-2 country codes, from the i18n-iso-countries package. */
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import ru from 'i18n-iso-countries/langs/ru.json' with { type: 'json' };

countries.registerLocale(en);
countries.registerLocale(ru);

const CODES = new Set(Object.keys(countries.getAlpha2Codes()));

/** True for an assigned ISO 3166-1 alpha-2 code such as "TJ". */
export const isCountryCode = (code: string): boolean => CODES.has(code);

/** A code to suggest when a press officer wrote a name ("Russia", "Италия") or a lowercase code. */
export function suggestCountry(input: string): string | undefined {
  const upper = input.toUpperCase();
  if (CODES.has(upper)) return upper;
  return countries.getAlpha2Code(input, 'en') ?? countries.getAlpha2Code(input, 'ru') ?? countries.alpha3ToAlpha2(upper);
}

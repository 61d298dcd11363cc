import { describe, expect, it } from 'vitest';
import { findCountries } from '../../src/lib/tools/find-countries.ts';

describe('countries named in text', () => {
  it('recognises Russian names in any case, official names and the order of first mention', () => {
    expect(findCountries('из Италии, Эстонии, Черногории, Марокко, Великобритании и России')).toEqual(['IT', 'EE', 'ME', 'MA', 'GB', 'RU']);
    expect(findCountries('председательства Республики Беларусь; послы Таджикистана и Армении')).toEqual(['BY', 'TJ', 'AM']);
    expect(findCountries('с Соединённым Королевством и Соединёнными Штатами Америки, США')).toEqual(['GB', 'US']);
  });

  it('recognises English and Tajik names, including suffixed Tajik forms', () => {
    expect(findCountries("Tajikistan's envoy met the United Kingdom and USA delegations in Belarus")).toEqual(['TJ', 'GB', 'US', 'BY']);
    expect(findCountries('Ҷумҳурии Тоҷикистонро бо Ӯзбекистон, Русия ва Қазоқистон')).toEqual(['TJ', 'UZ', 'RU', 'KZ']);
  });

  it('does not count organisations, cities, adjectives or lowercase words as countries', () => {
    expect(findCountries('сотрудники Исполнительного комитета СНГ в Минске')).toEqual([]);
    // Adjectives are deliberately not countries (see find-countries.ts).
    expect(findCountries('взаимопомощь российских граждан; предложение белорусской стороны')).toEqual([]);
    expect(findCountries('Кроме того, чад и мали; the word us')).toEqual([]);
  });
});

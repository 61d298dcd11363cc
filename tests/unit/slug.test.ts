import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/lib/content/slug.ts';

describe('slugify', () => {
  it('transliterates Russian titles', () => {
    expect(slugify('Состоялись межмидовские консультации СНГ')).toBe('sostoyalis-mezhmidovskie-konsultatsii-sng');
    expect(slugify('Москва и соотечественники — взаимодействие онлайн')).toBe('moskva-i-sootechestvenniki-vzaimodeystvie-onlayn');
  });

  it('transliterates the Tajik letters ғ ӣ қ ӯ ҳ ҷ', () => {
    expect(slugify('Ҷаласаи ғайринавбатӣ дар Қӯрғонтеппа ва Ҳисор')).toBe('jalasai-ghayrinavbati-dar-qurghonteppa-va-hisor');
    expect(slugify('ҒӢҚӮҲҶ')).toBe('ghiquhj');
  });

  it('keeps Latin titles readable and cuts long ones at a word', () => {
    expect(slugify('Tajikistan & Japan: ministers meet')).toBe('tajikistan-and-japan-ministers-meet');
    const long = slugify('word '.repeat(40));
    expect(long.length).toBeLessThanOrEqual(80);
    expect(long.endsWith('-')).toBe(false);
    expect(long.split('-').every((w) => w === 'word')).toBe(true);
  });
});

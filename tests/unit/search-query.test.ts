import { describe, expect, it } from 'vitest';
import { annotateTajikPage, annotateWord } from '../../src/lib/search/annotate.ts';
import { isRealHit, isRealMatch, MIN_SHARED_PREFIX, prepareQuery, withoutKeys, wordsAt } from '../../src/lib/search/query.ts';
import { CHECK_EACH_UP_TO, realResults, type CheckedResult } from '../../src/lib/search/verify.ts';
import { AFTER, BEFORE, score } from '../../scripts/bench/tajik-eval.ts';

const word = (raw: string, lang: string) => prepareQuery(raw, lang).words[0]!;

describe('query preparation', () => {
  it('leaves Russian and English text to Pagefind, which stems them itself', () => {
    expect(prepareQuery('  Межмидовские   консультации ', 'ru')).toEqual({
      text: 'Межмидовские консультации',
      words: [{ folded: 'межмидовские', key: 'межмидовские' }, { folded: 'консультации', key: 'консультации' }],
      terms: ['Межмидовские', 'консультации'],
    });
    expect(prepareQuery('"exact phrase"', 'en').text).toBe('"exact phrase"');
  });

  it('gives Pagefind folded Tajik keys, phrases kept', () => {
    expect(prepareQuery('Тоҷикистонро ҳамкориҳои', 'tg').text).toBe('точикист хамкор');
    expect(prepareQuery('Точикистонро', 'tg').text).toBe('точикист');
    expect(prepareQuery('"раёсати Тоҷикистон"', 'tg').text).toBe('"раес точикист"');
    expect(prepareQuery(' — ', 'tg')).toEqual({ text: '', words: [], terms: [] });
  });
});

describe('the false-hit bound', () => {
  it('rejects Pagefind\'s fallback to a short prefix: the three Russian examples', () => {
    expect(isRealMatch(word('пошлины', 'ru'), 'по', 'ru')).toBe(false);
    expect(isRealMatch(word('корабль', 'ru'), 'к', 'ru')).toBe(false);
    expect(isRealMatch(word('санкции', 'ru'), 'сайте', 'ru')).toBe(false);
  });

  it(`keeps a fallback sharing ${MIN_SHARED_PREFIX} letters, or a whole shorter query word`, () => {
    expect(isRealMatch(word('консультациями', 'ru'), 'консультации', 'ru')).toBe(true);
    expect(isRealMatch(word('таджикистанский', 'ru'), 'Таджикистан', 'ru')).toBe(true);
    expect(isRealMatch(word('Тоҷикисто', 'tg'), annotateWord('Тоҷикистон'), 'tg')).toBe(true);
    expect(isRealMatch(word('консультациями', 'ru'), 'конференция', 'ru')).toBe(false);
    // Russian stems may drop a last letter the browser cannot see: поле and поля share "пол".
    expect(isRealMatch(word('поле', 'ru'), 'поля', 'ru')).toBe(true);
    // Tajik keys are exact: сарҳад (key сарх) is not сарони (key сар).
    expect(isRealMatch(word('сарҳад', 'tg'), annotateWord('сарони'), 'tg')).toBe(false);
  });

  it('rejects a short page word that covers less than half of a long query word', () => {
    // «В Вене» does not answer «Венесуэла»: 4 shared letters of 9.
    expect(isRealMatch(word('Венесуэла', 'ru'), 'Вене', 'ru')).toBe(false);
    expect(isRealMatch(word('austerity', 'en'), 'Austria', 'en')).toBe(false);
    expect(isRealMatch(word('Венесуэла', 'ru'), 'Вене', 'ru', MIN_SHARED_PREFIX, 0)).toBe(true);
    // An ending added to the page's word still finds it.
    expect(isRealMatch(word('Moscowitz', 'en'), 'Moscow', 'en')).toBe(true);
  });

  it('keeps words the reader is still typing, but not after a Tajik ending', () => {
    expect(isRealMatch(word('консульт', 'ru'), 'консультации', 'ru')).toBe(true);
    expect(isRealMatch(word('к', 'ru'), 'корабль', 'ru')).toBe(true);
    expect(isRealMatch(word('кор', 'tg'), annotateWord('кормандони'), 'tg')).toBe(true);
    expect(isRealMatch(word('корҳо', 'tg'), annotateWord('кормандони'), 'tg')).toBe(false);
    expect(isRealMatch(word('корҳо', 'tg'), annotateWord('корро'), 'tg')).toBe(true);
  });

  it('needs a real match for every query word', () => {
    const query = prepareQuery('консультации пошлины', 'ru');
    expect(isRealHit(query, ['консультации', 'по'], 'ru')).toBe(false);
    expect(isRealHit(prepareQuery('консультации', 'ru'), ['консультации', 'по'], 'ru')).toBe(true);
  });
});

describe('page text', () => {
  it('reads the found words at Pagefind\'s locations and hides the Tajik keys', () => {
    const content = 'Сафири^^сафир Тоҷикистон^^точикист дар Фаронса';
    expect(wordsAt(content, [1, 9])).toEqual(['Тоҷикистон^^точикист']);
    expect(withoutKeys('Сафири^^сафир <mark>Тоҷикистон,^^точикист</mark> дар')).toBe('Сафири <mark>Тоҷикистон,</mark> дар');
  });

  it('adds keys to the indexed text of a Tajik page only, and keeps its title as written', () => {
    const html = '<title>Раёсати Тоҷикистон</title><article data-pagefind-body><div hidden data-pagefind-ignore>'
      + '<span data-pagefind-filter="country">Тоҷикистон</span></div><h1>Раёсати <b>Тоҷикистон</b></h1>'
      + '<p>ҳамкориҳои давлатҳо<br>ва &amp; 2020</p><script>var давлатҳо</script></article>';
    const out = annotateTajikPage(html);
    expect(out).toContain('<title>Раёсати Тоҷикистон</title>');
    expect(out).toContain('<span data-pagefind-meta="title">Раёсати <b>Тоҷикистон</b></span>');
    expect(out).toContain('<span data-pagefind-filter="country">Тоҷикистон</span>');
    expect(out).toContain('<h1>Раёсати^^раес <b>Тоҷикистон^^точикист</b></h1>');
    expect(out).toContain('<p>ҳамкориҳои^^хамкор давлатҳо^^давл<br>ва &amp; 2020</p><script>var давлатҳо</script>');
  });
});

describe('dropping false hits from results', () => {
  const result = (content: string, locations: number[]): CheckedResult => ({ data: async () => ({ content, locations }) });
  const searcher = (answers: Record<string, CheckedResult[]>) => ({ search: async (t: string) => ({ results: answers[t] ?? [] }) });

  it('checks each result of a short list', async () => {
    const good = result('Межмидовские консультации прошли', [1]);
    const bad = result('по видеосвязи', [0]);
    expect(await realResults(searcher({}), prepareQuery('консультациями', 'ru'), 'ru', [good, bad])).toEqual([good]);
  });

  it('judges a long list by the best result of each word', async () => {
    const many = (content: string, at: number) => Array.from({ length: CHECK_EACH_UP_TO + 1 }, () => result(content, [at]));
    const fallback = many('по видеосвязи', 0);
    expect(await realResults(searcher({}), prepareQuery('пошлины', 'ru'), 'ru', fallback)).toEqual([]);
    const real = many('консультации прошли', 0);
    expect(await realResults(searcher({}), prepareQuery('консультациями', 'ru'), 'ru', real)).toBe(real);
    // Two words: each is searched alone; one absent word empties the list.
    const both = prepareQuery('консультации пошлины', 'ru');
    const answers = { консультации: real, пошлины: fallback };
    expect(await realResults(searcher(answers), both, 'ru', many('консультации по', 0))).toEqual([]);
  });
});

describe('Tajik recall and precision on the test set', () => {
  it('finds the forms Pagefind alone misses, with precision no worse', () => {
    const before = score(BEFORE);
    const after = score(AFTER);
    console.info(`Tajik test set, ${after.queries} queries: recall ${before.recall.toFixed(3)} → ${after.recall.toFixed(3)}, `
      + `precision ${before.precision.toFixed(3)} → ${after.precision.toFixed(3)}`);
    expect(before.recall).toBeLessThan(0.6);
    expect(after.recall).toBeGreaterThan(0.95);
    expect(after.precision).toBeGreaterThanOrEqual(before.precision);
  });
});

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldWord } from '../../src/lib/search/fold.ts';
import { withoutKeys } from '../../src/lib/search/query.ts';
import { FIXTURE_CONTENT } from '../support/fixture.ts';
import { useFixtureSearch } from '../support/search-node.ts';

// Words that occur in no release of the fixture, in each language. The first three are the
// Russian examples Pagefind alone answers with a match on a short prefix (по, к, сайт).
const ABSENT: Record<string, string[]> = {
  ru: ['венесуэла', 'пошлины', 'корабль', 'санкции', 'пшеница', 'землетрясение', 'футбол', 'налогами', 'ракеты', 'пожар', 'кредиторы'],
  en: ['venezuela', 'sanctions', 'warship', 'earthquake', 'wheat', 'tariffs', 'football', 'taxes', 'rockets'],
  tg: ['андоз', 'киштӣ', 'заминларза', 'гандум', 'интихобот', 'таҳримҳо', 'футбол', 'сӯхтор', 'қарздиҳанда'],
};

const { find, urls, forLang } = useFixtureSearch();

/** Folded text of every release of a language in the fixture content. */
function corpus(lang: string): string {
  const dir = join(FIXTURE_CONTENT, 'releases', lang);
  const files = readdirSync(dir, { recursive: true }).map(String).filter((f) => /\.mdx?$/.test(f));
  return files.map((f) => readFileSync(join(dir, f), 'utf8')).join(' ').split(/\s+/).map((w) => foldWord(w, lang)).join(' ');
}

describe('no false hits', () => {
  it('the absent words really are absent from the fixture', () => {
    for (const [lang, words] of Object.entries(ABSENT)) {
      const text = corpus(lang);
      for (const w of words) expect(text, `${lang} ${w}`).not.toContain(foldWord(w, lang).slice(0, 5));
    }
  });

  it('Pagefind alone matches the three Russian examples on a short prefix', async () => {
    const pf = await forLang('ru');
    for (const w of ['пошлины', 'корабль', 'санкции']) expect((await pf.search(w)).results.length, w).toBeGreaterThan(0);
  });

  for (const [lang, words] of Object.entries(ABSENT)) {
    it(`answers nothing found for words absent in ${lang}`, async () => {
      for (const w of words) expect(await urls(lang, w), `${lang} ${w}`).toEqual([]);
      // An absent word among present ones empties the answer too: Pagefind needs every word.
      expect(await urls(lang, `${lang === 'en' ? 'consultations' : lang === 'ru' ? 'консультации' : 'Тоҷикистон'} ${words[0]}`)).toEqual([]);
    });
  }

  it('still finds present words, their other forms and a word still being typed', async () => {
    const cis = '/ru/2020/10/07/mid-stran-sng-proveli-konsultatsii-o-sotrudnichestve-v-informatsionnoy-sfere/';
    for (const q of ['консультации', 'консультациями', 'консульт', 'Межмидовские консультации']) expect(await urls('ru', q), q).toContain(cis);
    expect((await urls('en', 'consultation')).length).toBeGreaterThan(0);
    expect((await urls('en', 'consult')).length).toBeGreaterThan(0);
  });

  it('matches ё and е in Russian', async () => {
    expect(await urls('ru', 'всё')).toEqual(await urls('ru', 'все'));
    expect((await urls('ru', 'все')).length).toBeGreaterThan(0);
  });
});

describe('Tajik search', () => {
  it('finds every form of a word from any form, typed on either keyboard', async () => {
    const all = await urls('tg', 'Тоҷикистон');
    expect(all.length).toBeGreaterThanOrEqual(4);
    for (const q of ['Тоҷикистонро', 'Тоҷикистони', 'Точикистон', 'точикистонро', 'ТОҶИКИСТОН']) expect(await urls('tg', q), q).toEqual(all);
    // Only one release writes "ҳамкории"; the others have ҳамкорӣ and ҳамкориҳои.
    const cooperation = await urls('tg', 'ҳамкорӣ');
    expect(cooperation.length).toBeGreaterThanOrEqual(3);
    expect(await urls('tg', 'хамкорихо')).toEqual(cooperation);
  });

  it('shows the original words in titles and excerpts', async () => {
    const [first] = await find('tg', 'Точикистонро');
    expect(first!.meta.title).toMatch(/Тоҷикистон/);
    expect(first!.meta.title).not.toContain('^^');
    const excerpt = withoutKeys(first!.excerpt);
    expect(excerpt).not.toContain('^^');
    expect(excerpt).toMatch(/<mark>Тоҷикистон\p{L}*[,.]?<\/mark>/u);
  });
});

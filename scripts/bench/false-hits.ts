/**
 * Measures the false-hit bound (MIN_SHARED_PREFIX in src/lib/search/query.ts)
 * with Pagefind's own search over a built site, for each candidate bound:
 * - false hits: words absent from a language's releases that still get results;
 * - kept: longer forms of the releases' own words (e.g. таджикистанский where
 *   the text has Таджикистан) that Pagefind answers with the shorter word, and
 *   that the bound still lets through. A bound too low keeps false hits, too high loses these.
 *   node scripts/bench/false-hits.ts [dist]   (default .fixture/dist)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { foldWord } from '../../src/lib/search/fold.ts';
import { isRealHit, prepareQuery, wordsAt } from '../../src/lib/search/query.ts';
import { openPagefind, type NodePagefind } from './pagefind-node.ts';

/** Words absent from the sample releases, in news vocabulary. */
export const ABSENT: Record<string, string[]> = {
  ru: ['венесуэла', 'пошлины', 'корабль', 'санкции', 'пшеница', 'землетрясение', 'футбол', 'налогами', 'ракеты', 'пожар', 'кредиторы', 'наводнение',
    'самолёт', 'больница', 'зарплаты', 'бензин', 'урожай', 'тарифы', 'забастовка', 'вулкан', 'пенсии', 'граница', 'армия', 'хлопок',
    'рынок', 'инфляция', 'визы', 'туризм', 'железная', 'шахта', 'мост'],
  en: ['venezuela', 'sanctions', 'warship', 'earthquake', 'wheat', 'tariffs', 'football', 'taxes', 'rockets', 'flood', 'hospital', 'salaries',
    'petrol', 'harvest', 'strike', 'volcano', 'pensions', 'border', 'army', 'cotton', 'market', 'inflation', 'visas', 'tourism',
    'railway', 'mine', 'bridge', 'airport', 'drought', 'elections', 'customs'],
  tg: ['венесуэла', 'андоз', 'киштӣ', 'заминларза', 'гандум', 'интихобот', 'таҳримҳо', 'футбол', 'сӯхтор', 'қарздиҳанда', 'обхезӣ', 'ҳавопаймо',
    'беморхона', 'музд', 'бензин', 'ҳосил', 'корпартоӣ', 'нафақа', 'сарҳад', 'артиш', 'пахта', 'бозор', 'таваррум', 'раводид',
    'сайёҳӣ', 'роҳиоҳан', 'кӯпрук', 'фурудгоҳ', 'хушксолӣ', 'гумрук', 'мактаб'],
};
/** Endings that make a longer word from a release's own word. */
const LONGER: Record<string, string[]> = { ru: ['ский', 'ность', 'ами'], en: ['ing', 'ers', 'ness'], tg: ['ҳоямон', 'гарӣ', 'истон'] };
export const BOUNDS = [0, 2, 3, 4, 5, 6, 7];
/** Shares of the query word a shorter page word must cover, each measured with bound 4. */
export const SHARES = [0, 0.4, 0.5, 0.6, 0.7];

function releaseText(content: string, lang: string): string {
  const dir = join(content, 'releases', lang);
  return readdirSync(dir, { recursive: true }).map(String).filter((f) => /\.mdx?$/.test(f))
    .map((f) => readFileSync(join(dir, f), 'utf8').replace(/^---[\s\S]*?---/, '')).join(' ');
}

/** Pages Pagefind answers for `raw`, each with the words it found there. */
async function answer(pf: NodePagefind, raw: string, lang: string) {
  const query = prepareQuery(raw, lang);
  const { results } = await pf.search(query.text);
  const pages = await Promise.all(results.map((r) => r.data()));
  return { query, pages: pages.map((p) => ({ text: p.content, found: wordsAt(p.content, p.locations) })) };
}

export async function measure(dist: string, content: string) {
  const site = await openPagefind(dist);
  const rows: string[] = [];
  const shareRows: string[] = [];
  try {
    for (const lang of ['ru', 'en', 'tg']) {
      const pf = await site.forLang(lang);
      const text = releaseText(content, lang);
      const folded = text.split(/\s+/).map((w) => foldWord(w, lang)).join(' ');
      const absent = ABSENT[lang]!.filter((w) => !folded.includes(foldWord(w, lang).slice(0, 5)));
      const falseHits = BOUNDS.map(() => 0);
      const shareHits = SHARES.map(() => 0);
      for (const w of absent) {
        const { query, pages } = await answer(pf, w, lang);
        BOUNDS.forEach((b, i) => { if (pages.some((p) => isRealHit(query, p.found, lang, b, 0))) falseHits[i]!++; });
        SHARES.forEach((sh, i) => { if (pages.some((p) => isRealHit(query, p.found, lang, 4, sh))) shareHits[i]!++; });
      }
      // Longer forms of the releases' words: Pagefind finds the shorter word; does the bound keep it?
      const words = [...new Set(text.match(/\p{L}{3,}/gu) ?? [])].filter((w) => /^\p{Ll}/u.test(w)).sort();
      const kept = BOUNDS.map(() => 0);
      const shareKept = SHARES.map(() => 0);
      let related = 0;
      for (const w of words) for (const ending of LONGER[lang]!) {
        const { query, pages } = await answer(pf, w + ending, lang);
        const own = pages.filter((p) => p.found.some((f) => foldWord(f, lang).startsWith(foldWord(w, lang).slice(0, -1))));
        if (!own.length) continue;
        related++;
        BOUNDS.forEach((b, i) => { if (own.some((p) => isRealHit(query, p.found, lang, b, 0))) kept[i]!++; });
        SHARES.forEach((sh, i) => { if (own.some((p) => isRealHit(query, p.found, lang, 4, sh))) shareKept[i]!++; });
      }
      rows.push(`| ${lang} | ${absent.length} absent words | ${falseHits.join(' | ')} |`);
      rows.push(`| ${lang} | ${related} longer forms | ${kept.join(' | ')} |`);
      shareRows.push(`| ${lang} | ${absent.length} absent words | ${shareHits.join(' | ')} |`, `| ${lang} | ${related} longer forms | ${shareKept.join(' | ')} |`);
    }
  } finally {
    await site.close();
  }
  return [`| lang | queries | ${BOUNDS.map((b) => `bound ${b}`).join(' | ')} |`, `|---|---|${BOUNDS.map(() => '---').join('|')}|`, ...rows, '',
    `| lang | queries (bound 4) | ${SHARES.map((x) => `share ${x}`).join(' | ')} |`, `|---|---|${SHARES.map(() => '---').join('|')}|`, ...shareRows].join('\n');
}

if (import.meta.main) {
  console.log(await measure(process.argv[2] ?? '.fixture/dist', process.argv[3] ?? '.fixture/content'));
}

/** Reads the texts the vocabularies are drawn from (sample releases, seed texts). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildVocabulary, countWords, guessLang, type Lang } from './vocabulary.ts';

/** Target vocabulary size per language (grown from real stems + endings when the sources are smaller). */
export const VOCABULARY_SIZE = 3000;

/** Vocabulary per language from `<root>/content/releases/<lang>/**` and `<root>/../shared/seeds/*.txt`. */
export function loadVocabulary(root: string): Record<Lang, string[]> {
  const texts: Record<Lang, string[]> = { ru: [], en: [], tg: [] };
  const releases = join(root, 'content', 'releases');
  for (const lang of ['ru', 'en', 'tg'] as const) {
    const dir = join(releases, lang);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
      if (/\.mdx?$/.test(f)) texts[lang].push(readFileSync(join(dir, f), 'utf8').replace(/^---[\s\S]*?---/, ''));
    }
  }
  const seeds = join(root, '..', 'shared', 'seeds');
  if (existsSync(seeds)) {
    for (const f of readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort()) {
      const t = readFileSync(join(seeds, f), 'utf8');
      texts[guessLang(t)].push(t);
    }
  }
  const result = {} as Record<Lang, string[]>;
  for (const lang of ['ru', 'en', 'tg'] as const) {
    const counts = new Map<string, number>();
    for (const t of texts[lang]) for (const [w, c] of countWords(t, lang)) counts.set(w, (counts.get(w) ?? 0) + c);
    result[lang] = buildVocabulary(counts, lang, VOCABULARY_SIZE);
  }
  return result;
}

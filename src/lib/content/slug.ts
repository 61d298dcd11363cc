/**
 * URL slugs in Latin letters. Russian goes through @sindresorhus/slugify's own
 * transliteration; the Tajik Cyrillic letters it does not know get the usual
 * Tajik Latin romanisation (ғ gh, ӣ i, қ q, ӯ u, ҳ h, ҷ j).
 */
import slugifyLib from '@sindresorhus/slugify';

const TAJIK: [string, string][] = [
  ['Ғ', 'Gh'], ['ғ', 'gh'], ['Ӣ', 'I'], ['ӣ', 'i'], ['Қ', 'Q'], ['қ', 'q'],
  ['Ӯ', 'U'], ['ӯ', 'u'], ['Ҳ', 'H'], ['ҳ', 'h'], ['Ҷ', 'J'], ['ҷ', 'j'],
];

/** "Ҷаласа дар Қӯрғонтеппа" → "jalasa-dar-qurghonteppa". At most 80 characters, cut at a word. */
export function slugify(text: string): string {
  const slug = slugifyLib(text, { customReplacements: TAJIK, decamelize: false });
  if (slug.length <= 80) return slug;
  const cut = slug.slice(0, 81);
  return cut.slice(0, cut.lastIndexOf('-') > 40 ? cut.lastIndexOf('-') : 80).replace(/-+$/, '');
}

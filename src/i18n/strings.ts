/**
 * UI strings as checked data: one flat JSON file per language in ./strings/.
 * The reference file (ru.json) must hold every key; other languages may lack
 * some, which then fall back to the reference (the unit tests list them).
 */
import { z } from 'astro/zod';

export type Strings = Record<string, string>;

export const REFERENCE_LANG = 'ru';

const files = import.meta.glob<Strings>('./strings/*.json', { eager: true, import: 'default' });

/** Every strings file, keyed by language code. */
export const STRINGS: Record<string, Strings> = Object.fromEntries(
  Object.entries(files).map(([path, data]) => [path.replace(/^.*\/|\.json$/g, ''), data]),
);

const PLURAL = /\.(zero|one|two|few|many|other)$/;

/** Placeholders such as {count} used by a string. */
export const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

/**
 * Schema of one language's strings, checked against the reference: no unknown
 * keys (a typo), no empty text, same placeholders as the reference string, and
 * for plural keys every category Intl.PluralRules needs in that language.
 */
export function stringsSchema(lang: string, reference: Strings) {
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories as string[];
  const pluralBases = new Set(Object.keys(reference).filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')));
  return z.record(z.string(), z.string().min(1)).superRefine((data, ctx) => {
    for (const [key, text] of Object.entries(data)) {
      const base = key.replace(PLURAL, '');
      const known = key in reference || (PLURAL.test(key) && pluralBases.has(base));
      if (!known) {
        ctx.addIssue({ code: 'custom', path: [key], message: `unknown key "${key}" (not in ${REFERENCE_LANG}.json)` });
        continue;
      }
      const ref = reference[key] ?? reference[`${base}.other`] ?? '';
      const extra = placeholders(text).filter((p) => !placeholders(ref).includes(p));
      if (extra.length) ctx.addIssue({ code: 'custom', path: [key], message: `unknown placeholder {${extra.join('}, {')}}` });
    }
    for (const base of pluralBases) {
      if (!Object.keys(data).some((k) => k.startsWith(`${base}.`))) continue;
      for (const cat of categories) {
        if (!(`${base}.${cat}` in data)) {
          ctx.addIssue({ code: 'custom', path: [`${base}.${cat}`], message: `plural category "${cat}" missing for ${lang}` });
        }
      }
    }
  });
}

/** Keys of the reference that a language does not translate (it falls back). */
export function missingKeys(lang: string): string[] {
  const own = STRINGS[lang] ?? {};
  const ref = STRINGS[REFERENCE_LANG]!;
  return Object.keys(ref).filter((k) => !PLURAL.test(k) && !(k in own));
}

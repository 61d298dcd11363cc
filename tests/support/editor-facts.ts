/** Compares a release file the editor saved with what `npm run new` writes for the same facts. */
import { isDeepStrictEqual } from 'node:util';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { releaseSchema } from '../../src/schema.ts';
import { newRelease, type NewAnswers } from '../../src/lib/tools/new-release.ts';
import { readAgencies, takenKeys } from '../../src/lib/tools/content-files.ts';

const schema = releaseSchema({ image: () => z.string(), reference: () => z.string().transform((id) => ({ id })) });
/** Frontmatter through the schema, so defaults and dates read the same either way. */
const fields = (text: string): Record<string, unknown> => schema.parse(parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!)) as Record<string, unknown>;

/** Facts the editor was given that `npm run new` has no flag for. */
const EXTRA_FACTS = ['dateline', 'image', 'topics'];

/**
 * `differs`: fields (and the file path) where the editor's file and `npm run new`'s disagree;
 * `extra`: fields the editor filled beyond what `npm run new` takes. `original` is the
 * saved file this one translates (path, text), as `--translation-of` names it.
 */
export function sameFacts(contentDir: string, answers: Omit<NewAnswers, 'translationOf'>, savedPath: string, saved: string, now: string, original?: [string, string]) {
  const keys = takenKeys(contentDir);
  let translationOf: string | undefined;
  if (original) {
    translationOf = String(fields(original[1]).translationKey);
    keys.set(translationOf, [original[0].replace(/^content\//, '')]);
  }
  const agencies = new Map(readAgencies(contentDir).map((a) => [a.id, { timezone: a.timezone }]));
  const made = newRelease({ ...answers, translationOf }, { contentDir: 'content', languages: ['ru', 'en', 'tg'], agencies, keys, now: new Date(now) });
  const differs: string[] = made.file === savedPath ? [] : [`file: ${made.file} / ${savedPath}`];
  const extra: string[] = [];
  const a = fields(made.text);
  const b = fields(saved);
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (isDeepStrictEqual(a[key], b[key])) continue;
    (EXTRA_FACTS.includes(key) ? extra : differs).push(`${key}${EXTRA_FACTS.includes(key) ? '' : `: ${JSON.stringify(a[key])} / ${JSON.stringify(b[key])}`}`);
  }
  return { differs, extra: extra.sort() };
}

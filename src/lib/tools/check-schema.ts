/**
 * Schema issues as a press officer can act on them: in their language, one per
 * field, with "did you mean" for a misspelt field name or id.
 */
import { closest, distance } from 'fastest-levenshtein';
import { say, type MessageKey } from '../../i18n/messages.ts';

type Path = (string | number)[];

/** A zod issue as far as the messages need it. */
export interface Issue { code: string; path: PropertyKey[]; message: string; expected?: string; keys?: string[]; format?: string; params?: Record<string, unknown> }

/** The nearest of `known` to `word`, when it is near enough to be a typo. */
export function nearest(word: string, known: Iterable<string>): string | undefined {
  const list = [...known];
  if (!list.length || !word) return undefined;
  // On short ids edit distance misleads ("mfa" is 2 edits from "mds"): a known id that begins with,
  // else contains, what was typed is the likelier meaning, when only one does.
  const typed = word.toLowerCase();
  for (const match of [(k: string) => k.startsWith(typed), (k: string) => k.includes(typed)]) {
    const found = typed.length >= 2 ? list.filter((k) => match(k.toLowerCase())) : [];
    if (found.length === 1) return found[0];
  }
  const best = closest(word, list);
  const lower = closest(word.toLowerCase(), list.map((k) => k.toLowerCase()));
  const pick = distance(word.toLowerCase(), lower) < distance(word, best) ? list.find((k) => k.toLowerCase() === lower)! : best;
  return distance(word.toLowerCase(), pick.toLowerCase()) <= Math.max(2, Math.floor(word.length / 3)) ? pick : undefined;
}

const WHAT: Record<string, MessageKey> = {
  title: 'what.title', date: 'what.date', agency: 'what.agency', translationKey: 'what.translationKey', alt: 'what.alt', src: 'what.src',
};
const KEY_FIELDS = new Set(['translationKey', 'slug', 'release']);

/** The messages for one schema issue, each with the path it belongs to. */
export function issueMessages(issue: Issue, raw: unknown, keysAt: (path: Path) => string[]): { path: Path; message: string }[] {
  const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)) as Path;
  const last = String(path.at(-1) ?? '');
  const one = (message: string) => [{ path, message }];
  switch (issue.code) {
    case 'unrecognized_keys':
      return (issue.keys ?? []).map((key) => {
        const hint = nearest(key, keysAt(path));
        return { path: [...path, key], message: hint ? say('field.unknown', { value: key, hint }) : say('field.unknownNoHint', { value: key }) };
      });
    case 'invalid_type':
      if (raw === undefined || raw === null) {
        return one(say('field.required', { what: WHAT[last] ? say(WHAT[last]) : say('what.field', { value: last }) }));
      }
      if (issue.expected === 'boolean') return one(say('field.boolean'));
      if (issue.expected === 'array') return one(say('field.list'));
      if (issue.expected === 'object') return one(say('field.object'));
      return one(say('field.string'));
    case 'too_small':
      return one(say('field.empty'));
    case 'invalid_format':
      if (issue.format === 'url') return one(say('field.url'));
      if (KEY_FIELDS.has(last)) return one(say('field.key'));
      return one(say('field.other', { detail: issue.message }));
    case 'invalid_union':
      return one(path[0] === 'related' ? say('field.related') : say('field.other', { detail: issue.message }));
    default:
      return one(say('field.other', { detail: issue.message }));
  }
}

/**
 * Messages of `npm run check`, `npm run new`, `npm run import` and of the build about content, in the press
 * officer's language: PRESS_MESSAGES_LANG (ru, en, tg), else the language of the
 * locale (LC_ALL, LC_MESSAGES, LANG), else English. One JSON file per language
 * in ./messages/; English holds every key, the others are checked against it.
 */
import en from './messages/en.json' with { type: 'json' };
import ru from './messages/ru.json' with { type: 'json' };
import tg from './messages/tg.json' with { type: 'json' };

export type MessageKey = keyof typeof en;
export const MESSAGES: Record<string, Record<string, string>> = { en, ru, tg };

const env = (typeof process !== 'undefined' ? process.env : {}) as Record<string, string | undefined>;

/** The message language for an environment: the setting, else the locale, else en. */
export function messageLang(e: Record<string, string | undefined> = env): string {
  const code = (value: string | undefined) => value?.toLowerCase().slice(0, 2) ?? '';
  if (e.PRESS_MESSAGES_LANG) return code(e.PRESS_MESSAGES_LANG) in MESSAGES ? code(e.PRESS_MESSAGES_LANG) : 'en';
  const locale = [e.LC_ALL, e.LC_MESSAGES, e.LANG].find((v) => v);
  return code(locale) in MESSAGES ? code(locale) : 'en';
}

/** The one English line said when PRESS_MESSAGES_LANG names a language without messages, else undefined. */
export function unsupportedLangNote(e: Record<string, string | undefined> = env): string | undefined {
  const asked = e.PRESS_MESSAGES_LANG;
  if (!asked || asked.toLowerCase().slice(0, 2) in MESSAGES) return undefined;
  return `PRESS_MESSAGES_LANG=${asked} has no messages; using English (supported: ${Object.keys(MESSAGES).sort().join(', ')})`;
}

let current = messageLang();
// Said once per process, so a wrong setting is not silently ignored.
const note = unsupportedLangNote();
if (note && typeof console !== 'undefined') console.warn(note);

/** Switches the message language (tests, and tools that take a --lang). */
export function setMessageLang(lang: string): void {
  current = lang in MESSAGES ? lang : 'en';
}

/** The message `key` in `lang`, `{name}` replaced by `params.name`. */
export function sayIn(lang: string, key: MessageKey, params: Record<string, string | number> = {}): string {
  const text = MESSAGES[lang]?.[key] ?? en[key];
  return text.replace(/\{(\w+)\}/g, (all, name: string) => (name in params ? String(params[name]) : all));
}

/** The message `key` in the current language, `{name}` replaced by `params.name`. */
export function say(key: MessageKey, params: Record<string, string | number> = {}): string {
  return sayIn(current, key, params);
}

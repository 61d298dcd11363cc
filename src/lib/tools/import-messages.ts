/**
 * What the importer says to the press officer, in Russian, English and Tajik:
 * on the console and in the comments it writes next to the fields it could not
 * decide. The texts are the `import.*` entries of src/i18n/messages/<lang>.json,
 * and the language is chosen as for every other message (src/i18n/messages.ts):
 * PRESS_MESSAGES_LANG (ru, en, tg), else the locale (LC_ALL, LC_MESSAGES, LANG), else English.
 */
import { MESSAGES as ALL, messageLang as chosen, sayIn } from '../../i18n/messages.ts';
import en from '../../i18n/messages/en.json' with { type: 'json' };

export const MESSAGE_LANGS = ['ru', 'en', 'tg'] as const;
export type MessageLang = (typeof MESSAGE_LANGS)[number];

type Prefixed = Extract<keyof typeof en, `import.${string}`>;
export type MessageKey = Prefixed extends `import.${infer K}` ? K : never;

/** The language of messages for an environment such as process.env. */
export function messageLang(env: Record<string, string | undefined>): MessageLang {
  return chosen(env) as MessageLang;
}

/** The importer's messages of one language, without the `import.` prefix (for tests and listings). */
export const MESSAGES = Object.fromEntries(MESSAGE_LANGS.map((lang) => [lang, Object.fromEntries(
  Object.entries(ALL[lang]!).filter(([k]) => k.startsWith('import.')).map(([k, v]) => [k.slice('import.'.length), v]),
)])) as Record<MessageLang, Record<MessageKey, string>>;

/** A bound message function for one language: say('wrote', { file }). */
export function messages(lang: MessageLang) {
  return (key: MessageKey, vars: Record<string, string | number> = {}): string => sayIn(lang, `import.${key}` as Prefixed, vars);
}
export type Say = ReturnType<typeof messages>;

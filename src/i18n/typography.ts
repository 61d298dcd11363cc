/**
 * Typography of Russian and Tajik text with Typograf: a non-breaking space after
 * short words (в, к, и, ба, аз…) so they never end a line, and before a dash, so a
 * dash never starts one ("итоги — планы"). Only those rules run: the text is the
 * press officer's, everything else stays as written.
 */
import Typograf from 'typograf';
import { bounded } from './format.ts';

// Typograf has no Tajik: Tajik gets its own locale with the Cyrillic letters Russian lacks,
// and Typograf's Russian dash rule registered under it.
if (!Typograf.hasLocale('tg')) {
  Typograf.addLocale('tg');
  Typograf.setData({ 'tg/char': `${Typograf.getData('ru/char') as string}ғӣқӯҳҷ` });
  const dash = Typograf.getRule('ru/dash/main');
  const handler = dash?.handler;
  if (handler) Typograf.addRule({ name: 'tg/dash/main', index: dash.index, handler: (text, settings, context) => handler(text, settings, context) });
}

const RULES: Record<string, string[]> = {
  ru: ['common/nbsp/afterShortWord', 'ru/dash/main'],
  tg: ['common/nbsp/afterShortWord', 'tg/dash/main'],
};

const typografs = new Map<string, Typograf>();
function typografFor(lang: string): Typograf | undefined {
  const rules = RULES[lang];
  if (!rules) return undefined;
  let found = typografs.get(lang);
  if (!found) {
    // htmlEntity 'default': characters stay characters (U+00A0), never "&nbsp;" in text nodes.
    found = new Typograf({ locale: [lang], disableRule: '*', enableRule: rules, htmlEntity: { type: 'default' } });
    typografs.set(lang, found);
  }
  return found;
}

/** `text` with Russian or Tajik non-breaking spaces; other languages unchanged. */
export function typeset(text: string, lang: string): string {
  const tp = typografFor(lang);
  return tp && text ? tp.execute(text) : text;
}

/**
 * `typeset`, remembered: for titles and summaries, set again on every list, feed and
 * similar-releases block that shows them (not for body text, which is set once).
 */
export function typesetLine(text: string, lang: string): string {
  return RULES[lang] && text ? remembered(text, lang) : text;
}
const remembered = bounded((text: string, lang: string) => `${lang}\u0000${text}`, typeset);

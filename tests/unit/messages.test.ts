import { describe, expect, it } from 'vitest';
import { MESSAGES, messageLang } from '../../src/i18n/messages.ts';

const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('check and build messages', () => {
  it.each(['ru', 'tg'])('%s has every English message, with the same placeholders, and nothing else', (lang) => {
    const en = MESSAGES.en!;
    const other = MESSAGES[lang]!;
    expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of Object.entries(en)) {
      expect(names(other[key]!), `${lang} ${key}`).toEqual(names(text));
      if (text !== '{detail}' && key !== 'what.field') expect(other[key], `${lang} ${key} is translated`).not.toBe(text);
    }
  });

  it('takes the language from PRESS_MESSAGES_LANG, else the locale, else English', () => {
    expect(messageLang({ PRESS_MESSAGES_LANG: 'tg', LANG: 'ru_RU.UTF-8' })).toBe('tg');
    expect(messageLang({ LANG: 'ru_RU.UTF-8' })).toBe('ru');
    expect(messageLang({ LC_ALL: 'tg_TJ.UTF-8', LANG: 'en_US.UTF-8' })).toBe('tg');
    expect(messageLang({ LANG: 'de_DE.UTF-8' })).toBe('en');
    expect(messageLang({ LANG: 'C.UTF-8' })).toBe('en');
    expect(messageLang({ PRESS_MESSAGES_LANG: 'fr', LANG: 'ru_RU.UTF-8' })).toBe('en');
  });
});

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
      // Only a command's name and the message it wraps ("new: {message}") stay the same.
      if (text !== '{detail}' && key !== 'what.field' && !/^[a-z]+: \{message\}$/.test(text)) expect(other[key], `${lang} ${key} is translated`).not.toBe(text);
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

describe('the check of agencies.yml and topics.yml', () => {
  it('speak the chosen language too; a misspelt time zone field no longer crashes the check', async () => {
    const { cpSync, mkdtempSync, readFileSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join, resolve } = await import('node:path');
    const { setMessageLang } = await import('../../src/i18n/messages.ts');
    const { runCheck } = await import('../../src/lib/tools/check-run.ts');
    const dir = mkdtempSync(join(tmpdir(), 'lists-'));
    cpSync(resolve(import.meta.dirname, '../../content'), dir, { recursive: true });
    const file = join(dir, 'agencies.yml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('  timezone: Asia/Dushanbe\n', '  timezon: Asia/Dushanbe\n').replace(/^- id: mds$/m, '- ident: mds'));
    writeFileSync(join(dir, 'topics.yml'), 'just: text\n');
    try {
      setMessageLang('ru');
      const messages = runCheck(dir, { languages: ['ru', 'en', 'tg'], now: new Date('2026-06-01T12:00:00Z'), imageBudgetMb: 2 })
        .findings.filter((f) => /agencies|topics/.test(f.file)).map((f) => `${f.field}: ${f.message}`);
      // Before: "Invalid time zone specified: undefined" (RangeError), and the others in English only.
      expect(messages).toEqual(expect.arrayContaining([
        'khovar.timezone: обязательное поле: «timezone»',
        expect.stringMatching(/^\[\d+\]\.id: у каждой записи должен быть id/),
        expect.stringMatching(/^file: нужен список записей/),
      ]));
    } finally { setMessageLang('en'); }
  });
});

describe('an unsupported PRESS_MESSAGES_LANG', () => {
  it('is said once, in English, with the supported values', async () => {
    const { spawnSync } = await import('node:child_process');
    const { join } = await import('node:path');
    const run = spawnSync(process.execPath, [join(import.meta.dirname, '../../scripts/check.ts'), '--help'], {
      encoding: 'utf8', env: { ...process.env, PRESS_MESSAGES_LANG: 'de' },
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: npm run check/);
    expect(run.stderr.trim()).toBe('PRESS_MESSAGES_LANG=de has no messages; using English (supported: en, ru, tg)');
    const fine = spawnSync(process.execPath, [join(import.meta.dirname, '../../scripts/check.ts'), '--help'], { encoding: 'utf8', env: { ...process.env, PRESS_MESSAGES_LANG: 'tg' } });
    expect(fine.stderr).toBe('');
  }, 30_000);
});

describe('link messages', () => {
  it('every unsafe-link message says how to fix it', async () => {
    const { setMessageLang } = await import('../../src/i18n/messages.ts');
    const { elementProblems } = await import('../../src/lib/security/html-rules.ts');
    for (const [lang, fix] of [['en', /; remove it or link the web page itself$/], ['ru', /; удалите её или дайте ссылку на саму веб-страницу$/], ['tg', /; онро нест кунед/]] as const) {
      setMessageLang(lang);
      expect(elementProblems({ tagName: 'a', properties: { href: 'data:text/html,x' } } as never, 'https://example.org')).toEqual([expect.stringMatching(fix)]);
    }
    setMessageLang('en');
  });
});

/**
 * npm run new — creates a release file with every field ready to fill in.
 * Asks for what is not given as a flag:
 *   --lang ru --title "…" --agency khovar --countries "TJ, RU" --date "2020-10-07 10:00"
 *   --translation-of <file of the original, or its translationKey>
 * Never overwrites a file. Messages in PRESS_MESSAGES_LANG (ru, en, tg), else the locale's language.
 */
import { readFileSync } from 'node:fs';
import * as p from '@clack/prompts';
import { buildTime, contentDir, languages } from '../src/config.ts';
import { messageLang, say } from '../src/i18n/messages.ts';
import { newRelease, type NewAnswers } from '../src/lib/tools/new-release.ts';
import { writeNew } from '../src/lib/tools/write-release.ts';
import { readAgencies, takenKeys } from '../src/lib/tools/content-files.ts';
import { readCli } from '../src/lib/tools/cli-args.ts';

const { values } = readCli<Record<string, string | undefined>>({
  lang: { type: 'string' }, title: { type: 'string' }, agency: { type: 'string' },
  countries: { type: 'string' }, date: { type: 'string' }, 'translation-of': { type: 'string' },
}, 'cli.usageNew');

/** A translationKey from a key or from the file of the original release. */
function keyOf(ref: string): string {
  if (!/[\\/.]/.test(ref)) return ref;
  const m = /^translationKey:\s*["']?([a-z0-9-]+)/m.exec(readFileSync(ref, 'utf8'));
  if (!m) throw new Error(say('new.noKeyInFile', { file: ref }));
  return m[1]!;
}

async function ask(): Promise<NewAnswers> {
  const agencies = readAgencies(contentDir);
  // Every answer is text; Ctrl+C (a cancel symbol) ends without writing anything.
  const stop = (v: unknown): string => {
    if (p.isCancel(v)) { p.cancel(say('new.cancel')); process.exit(1); }
    return String(v ?? '');
  };
  const interactive = !(values.lang && values.title && values.agency);
  // clack's own key hint is English only; the prompt says it in the officer's language instead.
  const keys = ` (${say('new.selectKeys')})`;
  if (interactive) p.intro(say('new.intro'));
  const lang = values.lang ?? stop(await p.select({ message: say('new.askLang') + keys, options: languages.map((l) => ({ value: l, label: l })), showInstructions: false }));
  const title = values.title ?? stop(await p.text({ message: say('new.askTitle'), validate: (v) => (v?.trim() ? undefined : say('new.titleRequired')) }));
  const agency = values.agency ?? stop(await p.select({ message: say('new.askAgency') + keys, options: agencies.map((a) => ({ value: a.id, label: `${a.id} — ${a.name[messageLang()] ?? a.name.ru ?? Object.values(a.name)[0]}` })), showInstructions: false }));
  const countries = values.countries ?? (interactive ? stop(await p.text({ message: say('new.askCountries'), defaultValue: '' })) : '');
  const date = values.date ?? (interactive ? stop(await p.text({ message: say('new.askDate'), defaultValue: '' })) : '');
  const of = values['translation-of'] ?? (interactive ? stop(await p.text({ message: say('new.askTranslationOf'), defaultValue: '' })) : '');
  return { lang, title, agency, countries, date, translationOf: of ? keyOf(of) : undefined };
}

try {
  const answers = await ask();
  const agencies = new Map(readAgencies(contentDir).map((a) => [a.id, { timezone: a.timezone }]));
  const { file, text, key } = newRelease(answers, { contentDir, languages, agencies, keys: takenKeys(contentDir), now: buildTime });
  writeNew(file, text);
  console.log(say('new.wrote', { file, key }));
} catch (e) {
  console.error(say('new.error', { message: (e as Error).message }));
  process.exit(1);
}

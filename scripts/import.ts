/**
 * npm run import -- <file.txt|file.docx|file.html> [--lang ru] [--dry-run] [--force]
 * Turns an agency's release into content/releases/<lang>/<yyyy>/<slug>.md, its pictures next to it.
 * What the input does not settle is marked TODO; `npm run check` and the build refuse it until
 * a person confirms. Messages in PRESS_MESSAGES_LANG (ru, en, tg), else the locale's language.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { contentDir } from '../src/config.ts';
import { importFile, marks } from '../src/lib/tools/import-file.ts';
import { messageLang, messages } from '../src/lib/tools/import-messages.ts';
import { UnsupportedInput } from '../src/lib/tools/import-read.ts';
import { writeNew } from '../src/lib/tools/write-release.ts';
import { readCli } from '../src/lib/tools/cli-args.ts';

const say = messages(messageLang(process.env));
const { values, positionals } = readCli<{ lang: string; 'dry-run': boolean; force: boolean }>({
  lang: { type: 'string', default: 'ru' },
  'dry-run': { type: 'boolean', default: false },
  force: { type: 'boolean', default: false },
}, 'import.usage', true);
if (positionals.length !== 1) {
  console.error(say('usage'));
  process.exit(2);
}
try {
  const today = process.env.PRESS_BUILD_TIME ? new Date(process.env.PRESS_BUILD_TIME) : new Date();
  const result = await importFile(positionals[0]!, { lang: values.lang!, contentDir, say, today, force: values.force });
  for (const n of result.notices) console.error(n);
  if (result.refused) {
    console.error(result.refused);
    process.exit(1);
  }
  if (values['dry-run']) {
    process.stdout.write(result.text);
  } else {
    writeNew(result.file, result.text);
    for (const p of result.pictures) {
      mkdirSync(dirname(p.file), { recursive: true });
      writeFileSync(p.file, p.data, { flag: 'wx' });
    }
    console.log(say('wrote', { file: result.file }));
    const left = marks(result.text, say);
    console.log(left.length ? [say('marksSome', { count: left.length }), ...left].join('\n') : say('marksNone'));
  }
} catch (e) {
  const message = e instanceof UnsupportedInput ? say('unsupported', { file: e.message }) : (e as Error).message;
  console.error(say('error', { message }));
  process.exit(1);
}

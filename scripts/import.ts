/**
 * npm run import -- <file.txt> [--lang ru] [--dry-run]
 * Turns a plain-text press release into content/releases/<lang>/<yyyy>/<slug>.md.
 * What the text does not give is written as TODO; `npm run check` lists each one.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/config.ts';
import { importDraft } from '../src/lib/tools/import-draft.ts';
import { parseText } from '../src/lib/tools/import-text.ts';
import { releaseFile, renderRelease, writeNew } from '../src/lib/tools/write-release.ts';
import { agencyNames, readAgencies, takenKeys } from '../src/lib/tools/content-files.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { lang: { type: 'string', default: 'ru' }, 'dry-run': { type: 'boolean', default: false } },
});
if (positionals.length !== 1) {
  console.error('Usage: npm run import -- <file.txt> [--lang ru] [--dry-run]');
  process.exit(2);
}
try {
  const agencies = readAgencies(contentDir);
  const parsed = parseText(readFileSync(positionals[0]!, 'utf8'), agencies.map((a) => ({ id: a.id, names: agencyNames(a) })), values.lang);
  const draft = importDraft(parsed, agencies, new Set(takenKeys(contentDir).keys()));
  const text = renderRelease(draft);
  if (values['dry-run']) {
    process.stdout.write(text);
  } else {
    const file = releaseFile(contentDir, values.lang!, parsed.date?.year ?? 'undated', draft.title);
    writeNew(file, text);
    const todo = text.split('\n').filter((l) => /\bTODO\b|alt: ""/.test(l)).length;
    console.log(`Wrote ${file}`);
    console.log(todo ? `${todo} line(s) marked TODO need you: fill them in, then run npm run check.` : 'Run npm run check to verify it.');
  }
} catch (e) {
  console.error(`import: ${(e as Error).message}`);
  process.exit(1);
}

import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../src/lib/tools/import-file.ts';
import { messages } from '../../src/lib/tools/import-messages.ts';
import { BUILD_TIME, corpusFiles, expectations, FIELDS, measure } from '../../scripts/import-accuracy.ts';

const contentDir = join(resolve(import.meta.dirname, '../..'), 'content');
const importer = async (file: string, lang: string) =>
  (await importFile(file, { lang, contentDir, say: messages('en'), today: new Date(BUILD_TIME) })).text;

describe('the importer corpus (tests/fixtures/import/corpus, scored by scripts/import-accuracy.ts)', () => {
  it('has at least 20 inputs, each with its expected fields, in every input kind and language', () => {
    const files = corpusFiles();
    const exp = expectations();
    expect(files.length).toBeGreaterThanOrEqual(20);
    expect(files.filter((f) => !exp[f])).toEqual([]);
    expect(new Set(files.map((f) => f.replace(/^.*\./, '')))).toEqual(new Set(['txt', 'html', 'docx']));
    expect(new Set(files.map((f) => exp[f]!.lang))).toEqual(new Set(['ru', 'en', 'tg']));
  });

  it('gets every field right in all but at most 2 inputs, and keeps every sentence of every input', { timeout: 60_000 }, async () => {
    const { totals, misses, count } = await measure(importer);
    console.info('importer corpus: correct per field', totals, misses);
    for (const f of FIELDS) expect(totals[f], `${f}: ${misses.join(', ')}`).toBeGreaterThanOrEqual(count - 2);
    expect(totals['text kept']).toBe(count);
  });
});

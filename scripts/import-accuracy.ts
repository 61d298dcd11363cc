/**
 * Field-level accuracy of `npm run import` on the corpus in tests/fixtures/import/corpus/
 * (inputs + expected.yml): title, date, dateline, agency, countries, credit, source,
 * related, byline, and "text kept" (every sentence of the input is in the output).
 *
 *   node scripts/import-accuracy.ts                      this tree's importer
 *   node scripts/import-accuracy.ts --before <checkout>  and another checkout's (e.g. main), side by side
 *   add --verbose for each miss
 *
 * Each importer runs as its command line (`scripts/import.ts <file> --dry-run`), so any
 * version of it can be measured; PRESS_BUILD_TIME is fixed for years suggested from "today".
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseHTML } from 'linkedom';
import mammoth from 'mammoth';
import { parse } from 'yaml';

export const CORPUS = resolve(import.meta.dirname, '../tests/fixtures/import/corpus');
export const BUILD_TIME = '2026-06-01T00:00:00Z';
export const FIELDS = ['title', 'date', 'dateline', 'agency', 'countries', 'credit', 'source', 'related', 'byline', 'text kept'] as const;
export type Field = (typeof FIELDS)[number];

export interface Expected {
  lang: string; title?: string | null; date?: string | null; yearGiven?: boolean; dateline?: string | null;
  agency?: string | null; countries?: string[]; credit?: string | null; source?: string | null;
  related?: string[]; byline?: string | null;
}

export const expectations = (): Record<string, Expected> => parse(readFileSync(join(CORPUS, 'expected.yml'), 'utf8'));
export const corpusFiles = (): string[] => readdirSync(CORPUS).filter((f) => f !== 'expected.yml').sort();

/** The sentences of an input, read independently of the importer (labels such as "Фото:" dropped). */
export async function inputSentences(file: string): Promise<string[]> {
  const bytes = readFileSync(file);
  const ext = extname(file);
  let lines: string[];
  if (ext === '.docx') lines = (await mammoth.extractRawText({ buffer: bytes })).value.split('\n');
  else if (ext === '.html') {
    const { document } = parseHTML(bytes.toString('utf8'));
    lines = [...document.querySelectorAll('h1, h2, p, li, figcaption')].map((e) => e.textContent ?? '');
  } else {
    let text: string;
    try { text = new TextDecoder('utf-8', { fatal: true }).decode(bytes); } catch { text = new TextDecoder('windows-1251').decode(bytes); }
    lines = text.split(/\r?\n/);
  }
  return sentencesOf(lines);
}

/** The sentences of some lines of text, labels such as "Фото:" and "Читайте также:" dropped. */
export function sentencesOf(lines: string[]): string[] {
  const LABEL = /^(?:фото|photo|акс|автор|by|source|адрес страницы|суроғаи саҳифа|читайте также|other news)\s*:?\s*/iu;
  return lines
    .map((l) => l.trim().replace(LABEL, '').replace(/^<|>$/g, '').replace(/\[([^\]]+)\]\(#?\)/g, '$1').trim())
    .flatMap((l) => l.split(/(?<=[.!?])\s+(?=[\p{Lu}\d«])/u))
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s.length > 1 && s !== 'Читайте также');
}

/** The output as one line, quotes unescaped and Markdown links reduced to their text. */
export const flat = (text: string) => text.replace(/\\"/g, '"').replace(/\[([^\]]+)\]\([^)]*\)/g, '$1').replace(/\s+/g, ' ');

/** A sentence is kept when it is in the output whole, or as a dateline (now a field) and the rest. */
export function kept(sentence: string, out: string): boolean {
  if (out.includes(sentence)) return true;
  const cuts = [...sentence.matchAll(/\s/g)].map((m) => m.index!).slice(1); // the dateline part has 2+ words
  return cuts.some((i) => out.includes(sentence.slice(0, i).trim()) && out.includes(sentence.slice(i).trim()));
}

/** Which fields of one import are right: `output` is the release file the importer printed. */
export function score(exp: Expected, output: string, sentences: string[]): Record<Field, boolean> {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(output);
  let d: Record<string, any> = {};
  try { d = m ? parse(m[1]!) ?? {} : {}; } catch { d = {}; }
  const val = (v: unknown) => (v === undefined || v === null || v === 'TODO' || v === '' ? null : v);
  const dateValue = String(d.date ?? '');
  const day = /\d{4}-\d{2}-\d{2}/.exec(dateValue)?.[0] ?? null;
  const marked = dateValue.startsWith('TODO');
  const related = (d.related ?? []).map((r: any) => (r.release ? `release:${r.release}` : `title:${r.title}`));
  const same = (a: unknown[] = [], b: unknown[] = []) => a.length === b.length && a.every((x) => b.includes(x));
  const out = flat(output);
  return {
    title: val(d.title) === (exp.title ?? null),
    date: day === (exp.date ?? null) && (exp.yearGiven !== false || marked),
    dateline: val(d.dateline) === (exp.dateline ?? null),
    agency: val(d.agency) === (exp.agency ?? null),
    countries: same(d.participants?.countries, exp.countries),
    credit: val(d.image?.credit) === (exp.credit ?? null),
    source: val(d.source) === (exp.source ?? null),
    related: JSON.stringify(related) === JSON.stringify(exp.related ?? []),
    byline: val(d.byline) === (exp.byline ?? null),
    'text kept': m !== null && sentences.every((s) => kept(s, out)),
  };
}

/** The release file an importer checkout prints for `file` (its --dry-run output). */
export function runImporter(checkout: string, file: string, lang: string): string {
  const r = spawnSync(process.execPath, [join(checkout, 'scripts/import.ts'), file, '--lang', lang, '--dry-run'], {
    cwd: checkout, encoding: 'utf8', env: { ...process.env, PRESS_BUILD_TIME: BUILD_TIME, PRESS_MESSAGES_LANG: 'en', PRESS_CONTENT_DIR: join(checkout, 'content') },
  });
  return r.stdout;
}

/** Correct count per field over the corpus, and the misses. */
export async function measure(importer: (file: string, lang: string) => string | Promise<string>) {
  const exp = expectations();
  const totals = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number>;
  const misses: string[] = [];
  for (const name of corpusFiles()) {
    const e = exp[name];
    if (!e) throw new Error(`${name}: no entry in expected.yml`);
    const file = join(CORPUS, name);
    const result = score(e, await importer(file, e.lang), await inputSentences(file));
    for (const f of FIELDS) if (result[f]) totals[f]++; else misses.push(`${name}: ${f}`);
  }
  return { totals, misses, count: corpusFiles().length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { before: { type: 'string' }, verbose: { type: 'boolean', default: false } } });
  const here = resolve(import.meta.dirname, '..');
  const runs = [...(values.before ? [['before', resolve(values.before)]] : []), ['after', here]] as [string, string][];
  const results: ({ label: string } & Awaited<ReturnType<typeof measure>>)[] = [];
  for (const [label, dir] of runs) results.push({ label, ...(await measure((f, l) => runImporter(dir, f, l))) });
  const pct = (n: number, of: number) => `${n}/${of} (${Math.round((100 * n) / of)} %)`;
  console.log(`| field | ${results.map((r) => r.label).join(' | ')} |`);
  console.log(`| --- | ${results.map(() => '---').join(' | ')} |`);
  for (const f of FIELDS) console.log(`| ${f} | ${results.map((r) => pct(r.totals[f], r.count)).join(' | ')} |`);
  const all = (r: (typeof results)[number]) => FIELDS.reduce((sum, f) => sum + r.totals[f], 0);
  console.log(`| all fields | ${results.map((r) => pct(all(r), r.count * FIELDS.length)).join(' | ')} |`);
  if (values.verbose) for (const r of results) console.log(`\n${r.label} misses:\n${r.misses.join('\n') || '(none)'}`);
}

/**
 * Writes a synthetic press-release corpus for benchmarks:
 *   node scripts/generate-corpus.ts --out <dir> --count 10000 --seed 1
 * Vocabularies come from the sample releases (content/releases) and, when
 * present, the seed texts in ../shared/seeds.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from './bench/corpus.ts';
import { loadVocabulary } from './bench/sources.ts';

const { values } = parseArgs({ options: { out: { type: 'string' }, count: { type: 'string', default: '10000' }, seed: { type: 'string', default: '1' } } });
if (!values.out) {
  console.error('usage: node scripts/generate-corpus.ts --out <dir> [--count 10000] [--seed 1]');
  process.exit(2);
}
const root = resolve(import.meta.dirname, '..');
const out = resolve(values.out);
const files = generateCorpus({ count: Number(values.count), seed: Number(values.seed), vocabulary: loadVocabulary(root) });
rmSync(out, { recursive: true, force: true });
for (const [path, text] of files) {
  const file = join(out, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}
console.log(`${files.size - 2} releases written to ${out}`);

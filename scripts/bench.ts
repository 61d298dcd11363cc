/**
 * npm run bench [-- --sizes 1000,10000] [--seed 1] [--markdown satteri|unified]
 *               [--json path] [--no-sample] [--cpu-prof]
 * Builds generated corpora cold (fresh content cache) and warm (same cache,
 * unchanged content) and the sample site, prints a table and writes JSON.
 * See docs/benchmark.md for what each figure means.
 */
import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { parsePhases, pagesBuilt, type LogLine } from './bench/log.ts';
import { checkBudgets } from './bench/budgets.ts';
import { CORPUS_VERSION, generateCorpus } from './bench/corpus.ts';
import { distSummary, siteWeights } from './bench/dist-stats.ts';
import { watchPeakRss } from './bench/proc-tree.ts';
import { renderCheck } from './bench/render-check.ts';
import { loadVocabulary } from './bench/sources.ts';

const { values } = parseArgs({ options: {
  sizes: { type: 'string', default: '1000,10000' },
  seed: { type: 'string', default: '1' },
  markdown: { type: 'string', default: 'satteri' },
  json: { type: 'string' },
  'no-sample': { type: 'boolean', default: false },
  'cpu-prof': { type: 'boolean', default: false },
} });
const root = resolve(import.meta.dirname, '..');
const out = join(root, 'bench', 'out');
const seed = Number(values.seed);
const markdown = values.markdown!;
const BUILD_TIME = '2026-06-01T12:00:00Z';
const astroBin = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');

/** The corpus for a size and seed, generated once and kept under bench/out. */
function corpus(size: number): string {
  const dir = join(out, `corpus-v${CORPUS_VERSION}-${size}-seed${seed}`);
  if (existsSync(join(dir, '.complete'))) return dir;
  rmSync(dir, { recursive: true, force: true });
  const files = generateCorpus({ count: size, seed, vocabulary: loadVocabulary(root) });
  for (const [path, text] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  writeFileSync(join(dir, '.complete'), '');
  return dir;
}

/** Runs `astro build` once, stamping each log line; returns wall time, phases, peak RSS. */
async function build(label: string, contentDir: string, work: string) {
  const env = { ...process.env, PRESS_CONTENT_DIR: contentDir, PRESS_OUT_DIR: join(work, 'dist'), PRESS_CACHE_DIR: join(work, 'cache'), PRESS_BUILD_TIME: BUILD_TIME, PRESS_MARKDOWN: markdown, NO_COLOR: '1' };
  const prof = values['cpu-prof'] ? ['--cpu-prof', '--cpu-prof-dir', join(work, `prof-${label}`)] : [];
  const started = performance.now();
  const child = spawn(process.execPath, [...prof, astroBin, 'build'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const rss = watchPeakRss(child.pid!);
  const lines: LogLine[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (text) => lines.push({ t: performance.now() - started, text: text.replace(/\x1b\[[0-9;]*m/g, '') }));
  }
  const code: number = await new Promise((done) => child.on('close', done));
  const wallMs = Math.round(performance.now() - started);
  const peakRssBytes = rss.stop();
  writeFileSync(join(work, `${label}.log`), lines.map((l) => `${(l.t / 1000).toFixed(3).padStart(8)} ${l.text}`).join('\n'));
  if (code !== 0) throw new Error(`astro build (${label}) failed with code ${code}; log: ${join(work, `${label}.log`)}\n${lines.slice(-15).map((l) => l.text).join('\n')}`);
  return { wallMs, peakRssBytes, pagesReported: pagesBuilt(lines), phasesMs: parsePhases(lines) };
}

const sizes = [];
for (const size of values.sizes!.split(',').map(Number)) {
  const dir = corpus(size);
  const work = join(out, `build-${size}-seed${seed}-${markdown}`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  console.error(`[bench] ${size} releases: cold build…`);
  const cold = await build('cold', dir, work);
  console.error(`[bench] ${size} releases: warm build…`);
  const warm = await build('warm', dir, work);
  const dist = distSummary(join(work, 'dist'));
  const rendered = renderCheck(dir, join(work, 'dist'));
  if (!rendered.ok) console.error(`[bench] ${size}: pages do not render everything the source has: ${JSON.stringify(rendered)}`);
  sizes.push({ size, cold, warm, rendered, pagesWritten: dist.pages, distBytes: dist.bytes, pagefindBytes: dist.pagefindBytes, warmColdRatio: +(warm.wallMs / cold.wallMs).toFixed(3) });
}

let sample;
if (!values['no-sample']) {
  const work = join(out, `build-sample-${markdown}`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  console.error('[bench] sample site…');
  await build('cold', join(root, 'content'), work);
  sample = siteWeights(join(work, 'dist'));
}

const sha = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
const result = {
  commit: sha, markdown, seed, buildTime: BUILD_TIME,
  machine: { cores: cpus().length, memoryBytes: totalmem(), node: process.version },
  sizes, sample, budgets: checkBudgets(sizes, sample),
};
const jsonPath = resolve(values.json ?? join(root, 'bench', 'results', `${sha}${markdown === 'satteri' ? '' : `-${markdown}`}.json`));
mkdirSync(dirname(jsonPath), { recursive: true });
writeFileSync(jsonPath, JSON.stringify(result, null, 2) + '\n');

const s = (ms: number | null | undefined) => (ms == null ? '–' : (ms / 1000).toFixed(1));
const mb = (b: number) => (b / 2 ** 20).toFixed(1);
console.log(`\nmachine: ${result.machine.cores} cores, Node ${process.version}, markdown: ${markdown}, commit ${sha}\n`);
console.table(Object.fromEntries(sizes.map((r) => [r.size, {
  'cold s': s(r.cold.wallMs), 'warm s': s(r.warm.wallMs), 'warm/cold': r.warmColdRatio,
  'start s': s(r.cold.phasesMs.startup), 'sync s': s(r.cold.phasesMs.contentSync), 'bundle s': s(r.cold.phasesMs.bundling), 'pages s': s(r.cold.phasesMs.pageGeneration),
  'images s': s(r.cold.phasesMs.imageOptimisation), 'search s': s(r.cold.phasesMs.searchIndexing),
  'peak RSS MiB': mb(r.cold.peakRssBytes), pages: r.pagesWritten, 'dist MiB': mb(r.distBytes), 'pagefind MiB': mb(r.pagefindBytes),
}])));
for (const r of sizes) console.log(`${r.size}: release pages rendering tables ${r.rendered.output.tables}/${r.rendered.source.tables}, footnotes ${r.rendered.output.footnotes}/${r.rendered.source.footnotes}, MDX ${r.rendered.output.mdx}/${r.rendered.source.mdx}`);
if (sample) {
  console.log(`sample site: median release HTML ${sample.medianReleaseHtmlBytes} B, CSS files ${sample.cssFilesBytes} B`);
  console.table(sample.byType);
}
console.table(result.budgets.map((b) => ({ budget: b.name, limit: b.limit, measured: b.value, met: b.met === null ? 'n/a' : b.met ? 'yes' : 'NO' })));
console.log(`JSON: ${jsonPath}`);

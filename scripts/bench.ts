/**
 * npm run bench [-- --sizes 1000,10000,20000] [--huge] [--seed 1] [--markdown satteri|unified]
 *               [--json path] [--no-sample] [--no-baselines] [--cpu-prof]
 * Per corpus size: our build cold (fresh cache), warm (unchanged content) and after adding
 * one new release; then, on the same corpus in the same run, a bare Astro site and (when
 * `hugo` is on PATH) a Hugo site with the same pages (scripts/bench/baselines.ts).
 * `--huge` adds 100,000 releases. Prints tables and writes JSON. See docs/benchmark.md.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeBareAstro, writeHugo } from './bench/baselines.ts';
import { checkBudgets } from './bench/budgets.ts';
import { CORPUS_VERSION, generateCorpus } from './bench/corpus.ts';
import { distByKind, distSummary, siteWeights } from './bench/dist-stats.ts';
import { cardCpuPerImage, coldFloor } from './bench/floor.ts';
import { addNewRelease } from './bench/new-release.ts';
import { renderCheck } from './bench/render-check.ts';
import type { Floor, SizeRow } from './bench/report.ts';
import { run, type RunResult } from './bench/run.ts';
import { loadVocabulary } from './bench/sources.ts';

const { values } = parseArgs({ options: {
  sizes: { type: 'string', default: '1000,10000,20000' },
  huge: { type: 'boolean', default: false },
  seed: { type: 'string', default: '1' },
  markdown: { type: 'string', default: 'satteri' },
  json: { type: 'string' },
  'no-sample': { type: 'boolean', default: false },
  'no-baselines': { type: 'boolean', default: false },
  'cpu-prof': { type: 'boolean', default: false },
} });
const root = resolve(import.meta.dirname, '..');
const out = join(root, 'bench', 'out');
const seed = Number(values.seed);
const markdown = values.markdown!;
const BUILD_TIME = '2026-06-01T12:00:00Z';
const astroBin = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
const hasHugo = (() => { try { execFileSync('hugo', ['version'], { stdio: 'ignore' }); return true; } catch { return false; } })();

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

/** Our `npm run build` (scripts/build.ts: Astro, then the search index) of `contentDir` into `work`, with the cache in `work/cache`. */
function build(label: string, contentDir: string, work: string) {
  const env = { ...process.env, PRESS_CONTENT_DIR: contentDir, PRESS_OUT_DIR: join(work, 'dist'), PRESS_CACHE_DIR: join(work, 'cache'), PRESS_BUILD_TIME: BUILD_TIME, PRESS_MARKDOWN: markdown, NO_COLOR: '1' };
  const prof = values['cpu-prof'] ? ['--cpu-prof', '--cpu-prof-dir', join(work, `prof-${label}`)] : [];
  return run(process.execPath, [...prof, join(root, 'scripts', 'build.ts')], { cwd: root, env, log: join(work, `${label}.log`) });
}

/** The baselines on the same corpus, each built cold in its own folder. */
async function baselines(contentDir: string, work: string) {
  const bareDir = join(work, 'bare-astro');
  writeBareAstro(bareDir, root);
  const env = { ...process.env, BARE_CONTENT: contentDir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };
  // A baseline that fails (bare Astro runs out of heap at large sizes) is reported, not fatal to the run.
  const bare = await run(process.execPath, [astroBin, 'build', '--root', bareDir], { cwd: bareDir, env, log: join(work, 'bare-astro.log') })
    .catch((e: Error) => ({ failed: String(e.cause ?? e.message).replaceAll(`file://${root}/`, '').replaceAll(`${root}/`, '') }));
  let hugo = null;
  if (hasHugo) {
    const hugoDir = join(work, 'hugo');
    mkdirSync(hugoDir, { recursive: true });
    writeHugo(hugoDir, contentDir);
    hugo = await run('hugo', ['--quiet', '-s', hugoDir, '-d', join(hugoDir, 'public')], { cwd: hugoDir, env: process.env, log: join(work, 'hugo.log') });
  }
  return { bare, bareFiles: 'failed' in bare ? null : distSummary(join(bareDir, 'dist')), hugo, hugoFiles: hugo ? distSummary(join(work, 'hugo', 'public')) : null };
}

/**
 * The cold build's floor (scripts/bench/floor.ts): bare Astro's CPU, the cards drawn alone (a sample of
 * at most 1,000 releases, scaled to the cards in our output) and a plain Pagefind over our output.
 */
async function floor(contentDir: string, work: string, bare: RunResult, cardFiles: number): Promise<Floor> {
  const cards = await cardCpuPerImage(contentDir, 1000);
  const pagefind = await run(process.execPath, [join(root, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs'), '--site', join(work, 'dist'), '--output-path', join(work, 'pagefind-plain')],
    { cwd: root, env: { ...process.env, NO_COLOR: '1' }, log: join(work, 'pagefind-plain.log') });
  const parts = { bareAstroCpuMs: bare.cpuMs ?? 0, cardsCpuMs: Math.round(cards.cpuMsPerImage * cardFiles), pagefindCpuMs: pagefind.cpuMs ?? 0 };
  return { ...parts, cardMsPerImage: +cards.cpuMsPerImage.toFixed(3), cores: cpus().length, ...coldFloor(parts, cpus().length) };
}

/** One size: cold, unchanged and +1 builds, the output's figures, the baselines. */
async function measure(size: number): Promise<SizeRow & { pagesWritten: number; pagefindBytes: number; warmColdRatio: number }> {
  const dir = corpus(size);
  const work = join(out, `build-${size}-seed${seed}-${markdown}`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  console.error(`[bench] ${size} releases: cold build…`);
  const cold = await build('cold', dir, work);
  console.error(`[bench] ${size} releases: unchanged rebuild…`);
  const warm = await build('warm', dir, work);
  const dist = distSummary(join(work, 'dist'));
  const byKind = distByKind(join(work, 'dist'));
  const rendered = renderCheck(dir, join(work, 'dist'));
  if (!rendered.ok) console.error(`[bench] ${size}: pages do not render everything the source has: ${JSON.stringify(rendered)}`);
  console.error(`[bench] ${size} releases: rebuild after adding one release…`);
  const remove = addNewRelease(dir);
  let plusOne;
  try { plusOne = await build('plus-one', dir, work); } finally { remove(); }
  const ours = { size, cold, warm, plusOne, rendered, pagesWritten: dist.pages, files: dist.files, distBytes: dist.bytes, pagefindBytes: dist.pagefindBytes, byKind, baselines: null as SizeRow['baselines'], floor: undefined as Floor | undefined, warmColdRatio: +(warm.wallMs / cold.wallMs).toFixed(3) };
  if (!values['no-baselines']) {
    // Our figures are saved before the baselines: at 100,000 those take a quarter of an hour.
    save([...sizes, ours]);
    console.error(`[bench] ${size} releases: bare Astro${hasHugo ? ' and Hugo' : ''} baselines…`);
    ours.baselines = await baselines(dir, work);
    const { bare } = ours.baselines;
    if (!('failed' in bare) && bare.cpuMs !== null) {
      console.error(`[bench] ${size} releases: the cold build's floor (cards alone, plain Pagefind)…`);
      // Like a baseline, a floor that fails (a plain Pagefind over 100,000 releases' pages) is reported, not fatal to the size.
      try { ours.floor = await floor(dir, work, bare, byKind['social cards']?.files ?? 0); } catch (e) {
        console.error(`[bench] ${size} releases: the floor failed: ${(e as Error).message.split('\n')[0]}`);
      }
    }
  }
  return ours;
}

const sha = (() => { try { return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(); } catch { return 'unknown'; } })();
const jsonPath = resolve(values.json ?? join(root, 'bench', 'results', `${sha}${markdown === 'satteri' ? '' : `-${markdown}`}.json`));
const sizes: (SizeRow & { pagesWritten: number; pagefindBytes: number; warmColdRatio: number })[] = [];
// A size whose build fails (e.g. a limit reached only at 100,000) is recorded and the run goes on;
// the JSON is written after every size, so an hour-long run keeps what it measured.
const failures: { size: number; error: string }[] = [];
let sample: ReturnType<typeof siteWeights> | undefined;
function save(measured = sizes) {
  const result = {
    commit: sha, markdown, seed, buildTime: BUILD_TIME,
    machine: { cores: cpus().length, memoryBytes: totalmem(), node: process.version, loadAverageAtEnd: loadavg() },
    sizes: measured, failures, sample, budgets: checkBudgets(measured, sample),
  };
  mkdirSync(dirname(jsonPath), { recursive: true });
  writeFileSync(jsonPath, JSON.stringify(result, null, 2) + '\n');
  return result;
}
for (const size of [...values.sizes!.split(',').map(Number), ...(values.huge ? [100000] : [])]) {
  try { sizes.push(await measure(size)); } catch (e) {
    failures.push({ size, error: String((e as Error).message).split('\n').slice(0, 20).join('\n') });
    console.error(`[bench] ${size} releases: FAILED: ${failures.at(-1)!.error}`);
  }
  save();
}

if (!values['no-sample']) {
  const work = join(out, `build-sample-${markdown}`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  console.error('[bench] sample site…');
  await build('cold', join(root, 'content'), work);
  sample = siteWeights(join(work, 'dist'));
}
const result = save();
(await import('./bench/report.ts')).printReport(result);
for (const f of failures) console.log(`${f.size} releases FAILED:\n${f.error}`);
console.log(`JSON: ${jsonPath}`);

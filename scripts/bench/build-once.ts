/**
 * One measured build of a corpus, the pieces of `npm run bench` one at a time:
 *   node scripts/bench/build-once.ts --content <corpus> --work <folder> --label cold [--plus-one] [--astro]
 * Builds into <work>/dist with the cache in <work>/cache (keep <work> for a rebuild after a cold
 * build), as `npm run build` does, or with `astro build` alone (--astro: the search index inside
 * Astro's process). --plus-one adds the benchmark's new release first and removes it afterwards.
 * Prints wall and CPU seconds, the tree's memory peak with the processes at it, each process's own
 * peak, and the load average; writes <label>.log and <label>.memory.tsv (the tree every 100 ms).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { addNewRelease } from './new-release.ts';
import { run } from './run.ts';

const { values } = parseArgs({ options: {
  content: { type: 'string' }, work: { type: 'string' }, label: { type: 'string', default: 'build' },
  'plus-one': { type: 'boolean', default: false }, astro: { type: 'boolean', default: false },
} });
if (!values.content || !values.work) throw new Error('usage: build-once.ts --content <corpus> --work <folder> [--label name] [--plus-one] [--astro]');
const root = resolve(import.meta.dirname, '../..');
const work = resolve(values.work);
mkdirSync(work, { recursive: true });
const env = { ...process.env, PRESS_CONTENT_DIR: resolve(values.content), PRESS_OUT_DIR: join(work, 'dist'), PRESS_CACHE_DIR: join(work, 'cache'),
  PRESS_BUILD_TIME: '2026-06-01T12:00:00Z', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' };
const command = values.astro ? [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'] : [join(root, 'scripts/build.ts')];
const loads: number[] = [];
const sampleLoad = () => loads.push(loadavg()[0]!);
sampleLoad();
const timer = setInterval(sampleLoad, 10_000);
const remove = values['plus-one'] ? addNewRelease(resolve(values.content)) : () => {};
let result;
try { result = await run(process.execPath, command, { cwd: root, env, log: join(work, `${values.label}.log`) }); } finally { remove(); clearInterval(timer); }
sampleLoad();
const mib = (b: number) => `${Math.round(b / 1024 / 1024)} MiB`;
const summary = {
  label: values.label, command: values.astro ? 'astro build' : 'scripts/build.ts', wallS: result.wallMs / 1000, cpuS: result.cpuMs === null ? null : result.cpuMs / 1000,
  treePeak: mib(result.peakRssBytes), atPeak: result.memory.atPeak.map((m) => `${m.name} ${mib(m.rssBytes)}`),
  perProcess: result.memory.perProcess.slice(0, 6).map((m) => `${m.name} ${mib(m.rssBytes)}`),
  load1: { min: Math.min(...loads), max: Math.max(...loads) }, phasesS: Object.fromEntries(Object.entries(result.phasesMs).map(([k, v]) => [k, v === null ? null : v / 1000])),
};
writeFileSync(join(work, `${values.label}.json`), `${JSON.stringify(summary, null, 2)}\n`);
console.log(JSON.stringify(summary, null, 2));

/**
 * npm run build: `astro build`, then the search index in this process once Astro's has ended,
 * so Pagefind's memory never adds to Astro's (src/lib/search/index-job.ts, docs/benchmark.md).
 * Before Astro starts, the editor's CMS bundle is made into the cache (esbuild grows to ≈ 200 MiB
 * while bundling it; Astro's last hook would otherwise do it on top of Astro's peak).
 * Arguments go to `astro build`, Node's own options (`node --cpu-prof scripts/build.ts`) to Astro's
 * process too. Exits with Astro's status when its build fails.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readIndexJob } from '../src/lib/search/index-job.ts';
import { astroEnv, astroNodeArgs } from './build-env.ts';

const root = resolve(import.meta.dirname, '..');
// In a process of its own: what bundling leaves in a Node process's memory goes with it.
if (process.env.PRESS_EDITOR !== 'off') {
  const editor = spawnSync(process.execPath, [join(root, 'scripts/editor-bundle.ts')], { cwd: root, stdio: 'inherit' });
  if (editor.status !== 0) process.exit(editor.status ?? 1);
}
const jobFile = join(tmpdir(), `press-search-index-${process.pid}.json`);
rmSync(jobFile, { force: true });
const astro = spawnSync(process.execPath, [...astroNodeArgs(process.execArgv), join(root, 'node_modules/astro/bin/astro.mjs'), 'build', ...process.argv.slice(2)], {
  cwd: root, stdio: 'inherit', env: astroEnv(process.env, jobFile),
});
if (astro.status !== 0) {
  rmSync(jobFile, { force: true });
  process.exit(astro.status ?? 1);
}
const stamp = () => new Date().toTimeString().slice(0, 8);
try {
  // Loaded only now: while Astro builds, this process holds as little memory as it can.
  const { runIndexJob } = await import('../src/lib/search/index-later.ts');
  await runIndexJob(readIndexJob(jobFile), (line) => console.log(`${stamp()} [press-pagefind] ${line}`));
} finally {
  rmSync(jobFile, { force: true });
}

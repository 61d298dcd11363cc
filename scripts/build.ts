/**
 * npm run build: `astro build`, then the search index in this process once Astro's has ended,
 * so Pagefind's memory never adds to Astro's (src/lib/search/index-job.ts, docs/benchmark.md).
 * Arguments go to `astro build`, Node's own options (`node --cpu-prof scripts/build.ts`) to Astro's
 * process too. Exits with Astro's status when its build fails.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { INDEX_LATER, readIndexJob } from '../src/lib/search/index-job.ts';

const root = resolve(import.meta.dirname, '..');
const jobFile = join(tmpdir(), `press-search-index-${process.pid}.json`);
rmSync(jobFile, { force: true });
const astro = spawnSync(process.execPath, [...process.execArgv, join(root, 'node_modules/astro/bin/astro.mjs'), 'build', ...process.argv.slice(2)], {
  cwd: root, stdio: 'inherit', env: { ...process.env, [INDEX_LATER]: jobFile },
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

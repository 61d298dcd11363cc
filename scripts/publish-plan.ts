/**
 * node scripts/publish-plan.ts --event <github event> [--deployed deployed.json] [--now ISO]
 * Prints `build=…`, `full=…` and `reason=…` lines for $GITHUB_OUTPUT (logic: scripts/publish/plan.ts).
 * Needs only Node and git, so the deploy workflow's frequent embargo check runs without `npm install`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { embargoOf, plan, type Deployed } from './publish/plan.ts';

const { values } = parseArgs({ options: { event: { type: 'string', default: 'push' }, deployed: { type: 'string' }, now: { type: 'string' } } });
const contentDir = process.env.PRESS_CONTENT_DIR ?? 'content';
const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();

let deployed: Deployed | undefined;
try {
  const d = values.deployed && existsSync(values.deployed) ? JSON.parse(readFileSync(values.deployed, 'utf8')) as Partial<Deployed> : undefined;
  if (typeof d?.commit === 'string' && typeof d.buildTime === 'string' && !Number.isNaN(Date.parse(d.buildTime))) deployed = d as Deployed;
} catch { /* unreadable: treated as unknown */ }

let changed: string[] | undefined;
if (deployed) {
  try { changed = git('diff', '--name-only', deployed.commit, 'HEAD').split('\n').filter(Boolean); } catch { changed = undefined; }
}

const embargoes: Date[] = [];
const walk = (dir: string): void => {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory()) walk(path);
    else if (/\.mdx?$/.test(e.name)) {
      const date = embargoOf(readFileSync(path, 'utf8'));
      if (date) embargoes.push(date);
    }
  }
};
if (existsSync(join(contentDir, 'releases'))) walk(join(contentDir, 'releases'));

const result = plan({ event: values.event!, deployed, head: git('rev-parse', 'HEAD'), changed, embargoes, now: values.now ? new Date(values.now) : new Date() });
console.log(`build=${result.build}\nfull=${result.full}\nreason=${result.reason}`);

/**
 * Hottest functions by self time in CPU profiles written by `npm run bench -- --cpu-prof`:
 *   node scripts/profile-report.ts <dir with .cpuprofile files> [--all] [--top 20]
 * By default only the project's own code (src/) is listed; --all lists everything.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { hotspots, type CpuProfile } from './bench/cpu-profile.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { all: { type: 'boolean', default: false }, top: { type: 'string', default: '20' } } });
const dir = positionals[0];
if (!dir) {
  console.error('usage: node scripts/profile-report.ts <profile dir> [--all] [--top 20]');
  process.exit(2);
}
for (const file of readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'))) {
  const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;
  const total = profile.timeDeltas.reduce((a, b) => a + b, 0) / 1000;
  const rows = hotspots(profile, values.all ? undefined : (url) => url.includes('/src/') && !url.includes('node_modules'));
  console.log(`\n${file}: ${(total / 1000).toFixed(1)} s sampled`);
  console.table(rows.slice(0, Number(values.top)).map((h) => ({ 'self ms': Math.round(h.selfMs), function: h.fn, where: h.where })));
}

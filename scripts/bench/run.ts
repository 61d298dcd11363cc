/** Runs one build as a child process: wall time, peak memory of its process tree, stamped log lines. */
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { failureCause, parsePhases, pagesBuilt, type LogLine } from './log.ts';
import { watchPeakRss, type MemoryWatch } from './proc-tree.ts';

export interface RunResult {
  wallMs: number;
  peakRssBytes: number;
  /** The processes at the tree's peak and each process's own peak (name and bytes; scripts/bench/proc-tree.ts). */
  memory: { atPeak: { name: string; rssBytes: number }[]; perProcess: { name: string; rssBytes: number }[] };
  /** CPU time of the build and the children it waited for (user + system), from /proc. */
  cpuMs: number | null;
  pagesReported: number | null;
  phasesMs: Record<string, number | null>;
}

/** Spawns `cmd args` in `cwd` with `env`, writes `<log>` with each line stamped in seconds. */
export async function run(cmd: string, args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv; log: string }): Promise<RunResult> {
  const started = performance.now();
  // GNU time reports the CPU of the whole waited-for tree; without it, CPU is left out.
  const timed = existsSync('/usr/bin/time');
  const child = timed
    ? spawn('/usr/bin/time', ['-f', 'BENCH-CPU %U %S', cmd, ...args], { cwd: opts.cwd, env: opts.env, stdio: ['ignore', 'pipe', 'pipe'] })
    : spawn(cmd, args, { cwd: opts.cwd, env: opts.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const rss = watchPeakRss(child.pid!);
  const lines: LogLine[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (text) => lines.push({ t: performance.now() - started, text: text.replace(/\x1b\[[0-9;]*m/g, '') }));
  }
  const code: number = await new Promise((done) => child.on('close', done));
  const wallMs = Math.round(performance.now() - started);
  const peakRssBytes = rss.stop();
  const seen = rss.seen();
  writeFileSync(opts.log, lines.map((l) => `${(l.t / 1000).toFixed(3).padStart(8)} ${l.text}`).join('\n'));
  writeFileSync(opts.log.replace(/\.log$/, '') + '.memory.tsv', memoryTimeline(seen));
  if (code !== 0) {
    throw Object.assign(new Error(`${cmd} ${args.join(' ')} failed with code ${code}; log: ${opts.log}\n${lines.slice(-15).map((l) => l.text).join('\n')}`),
      { cause: failureCause(lines.map((l) => l.text)) });
  }
  const cpu = lines.map((l) => /^BENCH-CPU ([\d.]+) ([\d.]+)$/.exec(l.text)).find(Boolean);
  const named = (members: MemoryWatch['atPeak']) => members.filter((m) => m.rss > 0).sort((a, b) => b.rss - a.rss).map((m) => ({ name: m.name, rssBytes: m.rss }));
  return { wallMs, peakRssBytes, memory: { atPeak: named(seen.atPeak), perProcess: named(seen.perProcess) }, cpuMs: cpu ? Math.round((Number(cpu[1]) + Number(cpu[2])) * 1000) : null, pagesReported: pagesBuilt(lines), phasesMs: parsePhases(lines) };
}

const MIB = 1024 * 1024;

/** The memory samples as tab-separated lines: seconds, the tree's MiB, then `name=MiB` per process name. */
export function memoryTimeline(seen: Pick<MemoryWatch, 'samples'>): string {
  return seen.samples.map((s) => [(s.t / 1000).toFixed(1), Math.round(s.total / MIB),
    ...Object.entries(s.by).filter(([, rss]) => rss > 0).map(([name, rss]) => `${name}=${Math.round(rss / MIB)}`)].join('\t')).join('\n') + '\n';
}

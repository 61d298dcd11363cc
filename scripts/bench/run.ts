/** Runs one build as a child process: wall time, peak memory of its process tree, stamped log lines. */
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parsePhases, pagesBuilt, type LogLine } from './log.ts';
import { watchPeakRss } from './proc-tree.ts';

export interface RunResult {
  wallMs: number;
  peakRssBytes: number;
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
  writeFileSync(opts.log, lines.map((l) => `${(l.t / 1000).toFixed(3).padStart(8)} ${l.text}`).join('\n'));
  if (code !== 0) throw new Error(`${cmd} ${args.join(' ')} failed with code ${code}; log: ${opts.log}\n${lines.slice(-15).map((l) => l.text).join('\n')}`);
  const cpu = lines.map((l) => /^BENCH-CPU ([\d.]+) ([\d.]+)$/.exec(l.text)).find(Boolean);
  return { wallMs, peakRssBytes, cpuMs: cpu ? Math.round((Number(cpu[1]) + Number(cpu[2])) * 1000) : null, pagesReported: pagesBuilt(lines), phasesMs: parsePhases(lines) };
}

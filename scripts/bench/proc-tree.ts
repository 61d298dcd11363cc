/**
 * Peak resident memory of a process and all its descendants (Linux /proc).
 * Pagefind and sharp work in child processes and threads; VmRSS of each
 * process counts its threads, and the tree sum counts the children. Shared
 * pages are counted once per process, so the sum can slightly overstate.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';

/** Parent pid from /proc/<pid>/stat (the field after the parenthesised command name). */
export function parentOf(stat: string): number {
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
}

/** VmRSS in bytes from /proc/<pid>/status text, 0 if absent (zombie). */
export function rssOf(status: string): number {
  const m = /^VmRSS:\s+(\d+) kB/m.exec(status);
  return m ? Number(m[1]) * 1024 : 0;
}

/** A short name for a process from its NUL-separated command line: `node astro.mjs`, `pagefind`. */
export function nameOf(cmdline: string): string {
  const argv = cmdline.split('\0').filter(Boolean);
  const program = basename(argv[0] ?? '?');
  if (program !== 'node') return program;
  const script = argv.slice(1).find((a) => !a.startsWith('-'));
  return script ? `node ${basename(script)}` : 'node';
}

/** One process of a tree as sampled. */
export interface Member { pid: number; name: string; rss: number }

/** `root` and its descendants right now, each with its VmRSS. */
export function treeMembers(root: number): Member[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const ppid = parentOf(readFileSync(`/proc/${name}/stat`, 'utf8'));
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch { /* the process ended while we looked */ }
  }
  const members: Member[] = [];
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    try {
      const rss = rssOf(readFileSync(`/proc/${pid}/status`, 'utf8'));
      members.push({ pid, name: nameOf(readFileSync(`/proc/${pid}/cmdline`, 'utf8')), rss });
    } catch { /* ended */ }
    stack.push(...(children.get(pid) ?? []));
  }
  return members;
}

/** Sum of VmRSS over `root` and its descendants right now. */
export function treeRss(root: number): number {
  return treeMembers(root).reduce((sum, m) => sum + m.rss, 0);
}

/** What a watch saw: the tree's peak, who made it up then, and each process's own peak. */
export interface MemoryWatch {
  peak: number;
  /** The processes at the moment of the tree's peak. */
  atPeak: Member[];
  /** Each process's highest VmRSS, by pid. */
  perProcess: Member[];
  /** Every sample: ms since the watch began, the tree's sum, each process's RSS by name (summed when several share one). */
  samples: { t: number; total: number; by: Record<string, number> }[];
}

/** Folds one sample of the tree into what the watch saw. */
export function addSample(seen: MemoryWatch, t: number, members: readonly Member[]): void {
  const total = members.reduce((sum, m) => sum + m.rss, 0);
  if (total > seen.peak) { seen.peak = total; seen.atPeak = members.map((m) => ({ ...m })); }
  const by: Record<string, number> = {};
  for (const m of members) {
    by[m.name] = (by[m.name] ?? 0) + m.rss;
    const own = seen.perProcess.find((p) => p.pid === m.pid);
    if (!own) seen.perProcess.push({ ...m });
    else if (m.rss > own.rss) own.rss = m.rss;
  }
  seen.samples.push({ t, total, by });
}

/** Polls the tree every `ms` milliseconds; `stop()` returns the peak in bytes, `seen()` the rest. */
export function watchPeakRss(root: number, ms = 100): { stop: () => number; seen: () => MemoryWatch } {
  const seen: MemoryWatch = { peak: 0, atPeak: [], perProcess: [], samples: [] };
  const started = performance.now();
  const poll = () => addSample(seen, Math.round(performance.now() - started), treeMembers(root));
  poll();
  const timer = setInterval(poll, ms);
  return { stop: () => { clearInterval(timer); return seen.peak; }, seen: () => seen };
}

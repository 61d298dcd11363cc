/**
 * Peak resident memory of a process and all its descendants (Linux /proc).
 * Pagefind and sharp work in child processes and threads; VmRSS of each
 * process counts its threads, and the tree sum counts the children. Shared
 * pages are counted once per process, so the sum can slightly overstate.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Parent pid from /proc/<pid>/stat (the field after the parenthesised command name). */
export function parentOf(stat: string): number {
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
}

/** VmRSS in bytes from /proc/<pid>/status text, 0 if absent (zombie). */
export function rssOf(status: string): number {
  const m = /^VmRSS:\s+(\d+) kB/m.exec(status);
  return m ? Number(m[1]) * 1024 : 0;
}

/** Sum of VmRSS over `root` and its descendants right now. */
export function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const ppid = parentOf(readFileSync(`/proc/${name}/stat`, 'utf8'));
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch { /* the process ended while we looked */ }
  }
  let sum = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    try { sum += rssOf(readFileSync(`/proc/${pid}/status`, 'utf8')); } catch { /* ended */ }
    stack.push(...(children.get(pid) ?? []));
  }
  return sum;
}

/** Polls the tree every `ms` milliseconds; `stop()` returns the peak in bytes. */
export function watchPeakRss(root: number, ms = 100): { stop: () => number } {
  let peak = 0;
  const poll = () => { peak = Math.max(peak, treeRss(root)); };
  poll();
  const timer = setInterval(poll, ms);
  return { stop: () => { clearInterval(timer); return peak; } };
}

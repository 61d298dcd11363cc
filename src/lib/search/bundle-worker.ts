/**
 * Indexes one search bundle in a thread of its own (build-index.ts, writeBundleInWorker): Pagefind's
 * Node API keeps one process per module copy, so each such thread has its own, ended with the bundle.
 */
import childProcess, { type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { workerData } from 'node:worker_threads';

// Pagefind's close() kills its process without waiting for it. Only the thread that started a process
// collects its exit, so this thread waits for it: else it stays a zombie whose CPU time no one counts.
const started: ChildProcess[] = [];
const spawn = childProcess.spawn;
childProcess.spawn = ((...args: Parameters<typeof spawn>) => {
  const child = spawn(...args);
  started.push(child);
  return child;
}) as typeof spawn;

const { writeBundle } = await import('./build-index.ts');
const { site, bundle, outputPath } = workerData as { site: string; bundle: import('./build-index.ts').Bundle; outputPath: string };
await writeBundle(site, bundle, outputPath);
await Promise.all(started.map((c) => {
  if (c.exitCode !== null || c.signalCode !== null) return undefined;
  // Pagefind unrefs its process; held here until it has exited.
  c.ref();
  return once(c, 'exit');
}));

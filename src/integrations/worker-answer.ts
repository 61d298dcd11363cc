/** Runs `script` in a worker thread with `data` and settles with the one message it posts, for passes off the build's thread. */
import { Worker } from 'node:worker_threads';

export function workerAnswer<T>(script: URL, data: unknown, what: string): Promise<T> {
  return new Promise((done, fail) => {
    const worker = new Worker(script, { workerData: data });
    worker.once('message', (answer: T) => { done(answer); void worker.terminate(); });
    worker.once('error', fail);
    worker.once('exit', (code) => fail(new Error(`${what} stopped (exit code ${code})`)));
  });
}

/** Runs the content check off the build's thread (content-check.ts): answers with its findings. */
import { parentPort, workerData } from 'node:worker_threads';
import { runCheck, type RunOptions } from '../lib/tools/check-run.ts';

const { contentDir, options } = workerData as { contentDir: string; options: RunOptions };
parentPort!.postMessage(runCheck(contentDir, options).findings);

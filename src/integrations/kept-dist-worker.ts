/** Lists the output folder off the build's thread (kept-dist.ts): answers with `filesOf` of the folder it is given. */
import { parentPort, workerData } from 'node:worker_threads';
import { filesOf } from './kept-dist.ts';

parentPort!.postMessage(filesOf(workerData as string));

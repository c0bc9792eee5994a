import { parentPort, workerData } from 'node:worker_threads';
import { checkClaimedFiles, type CheckJob } from './check-files.ts';

// A thread of src/check/check-in-parallel.ts: checks question files until none are left to claim.
const job = workerData as CheckJob;
parentPort!.postMessage(checkClaimedFiles(job));

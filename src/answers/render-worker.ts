// One of the threads that render answers into the cache (src/answers/render-all.ts). It builds its
// own law library and processor, renders the answers it was given, writes each to the cache and
// reports each one written, or the first failure with its file.

import { parentPort, workerData } from 'node:worker_threads';
import { loadLawLibrary } from '../knowledge/files.ts';
import { answerCache } from './cache.ts';
import { createAnswerRenderer } from './renderer.ts';
import type { RenderJob } from './render-all.ts';

const job = workerData as RenderJob;
const render = await createAnswerRenderer({ site: job.site, library: loadLawLibrary(job.contentDir), root: job.root });
const cache = answerCache(job.cacheDir);
for (const item of job.items) {
  try {
    cache.write(item.key, await render(item));
    parentPort!.postMessage({ rendered: item.key });
  } catch (error) {
    parentPort!.postMessage({ failed: item.file, message: error instanceof Error ? error.message : String(error) });
    process.exit(1);
  }
}

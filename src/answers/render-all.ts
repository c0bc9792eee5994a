import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { QuestionEntry } from '../knowledge/model.ts';
import { answerCache } from './cache.ts';

/** What one render thread is given (src/answers/render-worker.ts). */
export interface RenderJob {
  root: string;
  contentDir: string;
  cacheDir: string;
  site: string;
  items: (Pick<QuestionEntry, 'file' | 'body' | 'data'> & { key: string })[];
}

export interface RenderAllOptions {
  root: string;
  contentDir: string;
  /** The rendered-answer cache folder (src/answers/cache.ts). */
  cacheDir: string;
  site: string;
  /** Every answer the build shows, in the order its pages are rendered. */
  questions: readonly QuestionEntry[];
  /** Each answer's key (src/answers/key.ts). */
  keyOf: (question: QuestionEntry) => string;
  /** Threads to render with besides the main thread, which renders pages (and answers) meanwhile. */
  jobs: number;
  /** Called before any thread starts with the keys about to be rendered, in the order given. */
  onQueued?: (keys: readonly string[]) => void;
  /** Called as each answer lands in the cache, so a page can go on before all are done. */
  onRendered?: (key: string) => void;
}

export interface RenderAllResult {
  /** Threads started: none when few answers were missing. */
  threads: number;
  /** Answers the threads rendered. */
  ahead: number;
  /** Answers left to the pages. */
  inline: number;
  cached: number;
  pruned: number;
}

/** Answers per thread below which starting a thread costs more than it saves (about 1.5 s to start). */
const PER_THREAD = 200;

/**
 * Renders answers whose key is not in the cache yet on worker threads, and removes
 * cached answers that no question has any more (an edit leaves its old rendering behind). Pages
 * read the cache, and render what is not there. Throws naming the file of the first answer that failed.
 */
export async function renderAllAnswers(options: RenderAllOptions): Promise<RenderAllResult> {
  const cache = answerCache(options.cacheDir);
  const keyed = options.questions.map((question) => ({ question, key: options.keyOf(question) }));
  const uncached = keyed.filter(({ key }) => !cache.has(key));
  // A few answers (an edit) are rendered by their pages: starting a thread would cost more.
  const inline = uncached.length < PER_THREAD || options.jobs < 1 ? uncached.length : 0;
  const missing = uncached.slice(inline);
  const threads = Math.min(options.jobs, Math.ceil(missing.length / PER_THREAD));
  const parts: RenderJob['items'][] = Array.from({ length: threads }, () => []);
  // Dealt round-robin, so that the threads together render in the order given (the order pages are
  // rendered in), and each gets a fair share of long and short answers.
  missing.forEach(({ question, key }, index) =>
    parts[index % threads]!.push({ file: question.file, body: question.body, data: question.data, key }),
  );
  const base = { root: options.root, contentDir: options.contentDir, cacheDir: options.cacheDir, site: options.site };
  options.onQueued?.(missing.map(({ key }) => key));
  await Promise.all(parts.map((items) => runWorker({ ...base, items }, options.onRendered)));
  const pruned = cache.prune(new Set(keyed.map(({ key }) => key)));
  return { threads, ahead: missing.length, inline, cached: keyed.length - uncached.length, pruned };
}

function runWorker(job: RenderJob, onRendered: ((key: string) => void) | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(path.join(import.meta.dirname, 'render-worker.ts'), {
      workerData: job,
      // Rendering makes many short-lived syntax trees: with a larger young generation than a
      // thread's default, 10,000 answers took 15.0 s instead of 17.3 s.
      resourceLimits: { maxYoungGenerationSizeMb: 64 },
    });
    let failure: Error | undefined;
    worker.on('message', (message: { rendered?: string; failed?: string; message?: string }) => {
      if (message.rendered) onRendered?.(message.rendered);
      if (message.failed) failure = new Error(`${message.failed}: ${message.message}`);
    });
    worker.on('error', (error) => (failure ??= error));
    worker.on('exit', (code) => {
      if (failure) reject(failure);
      else if (code !== 0) reject(new Error(`an answer-rendering thread stopped with code ${code}`));
      else resolve();
    });
  });
}

import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { listQuestionFiles, loadContentFiles } from '../knowledge/files.ts';
import { checkClaimedFiles, type CheckJob, type CheckedFile } from './check-files.ts';
import { lawLibrary } from '../laws/library.ts';
import { checkContent, checkLoaded, type CheckResult } from './check-content.ts';
import type { AnswerChecks } from './cross-file.ts';

/**
 * Below this many questions one thread checks them all: a worker thread takes most of a second to
 * start and load the parsers.
 */
const PARALLEL_FROM = 2_000;

/**
 * `checkContent` for `npm run check`, with the question files shared among the machine's cores:
 * the main thread and a worker thread per other core each claim files, read them and check each
 * answer's text; the rules across files then run once on the whole. At 100,000 questions reading
 * was two thirds of the check and the answers' text most of the rest. The build checks on one
 * thread: it needs the answers' text, and copying it back from a thread costs more than it saves.
 */
export async function checkContentInParallel(
  contentDir: string,
  root = process.cwd(),
  options: {
    /** Whether the result keeps the answers' text, which the build renders and `npm run check` does not need. */
    keepBodies: boolean;
    threads?: number;
    /** Fewer question files than this are checked on the main thread alone. */
    parallelFrom?: number;
  },
): Promise<CheckResult> {
  const { keepBodies, threads = availableParallelism(), parallelFrom = PARALLEL_FROM } = options;
  const files = listQuestionFiles(contentDir);
  if (threads < 2 || files.length < parallelFrom) return checkContent(contentDir, root);
  const job: CheckJob = { contentDir, root, files, next: new SharedArrayBuffer(4), keepBodies };
  const others = Array.from({ length: threads - 1 }, () => checkOnThread(job));
  // Caught at once, so a failed thread is reported below and not as an unhandled rejection meanwhile.
  others.forEach((promise) => promise.catch(() => {}));
  const checked: CheckedFile[] = new Array(files.length);
  for (const runs of [checkClaimedFiles(job), ...(await Promise.all(others))]) {
    for (const [start, run] of runs) run.forEach((file, offset) => (checked[start + offset] = file));
  }
  const loaded = loadContentFiles(
    contentDir,
    root,
    undefined,
    checked.map(({ result }) => result),
  );
  const library = lawLibrary(loaded.content.laws, loaded.overrides);
  // The threads checked the answers against the law files as they are; when a law file itself is
  // invalid, the answers are checked again against what the schema made of the laws.
  if (loaded.problems.some((problem) => /(^|\/)laws\//.test(problem.file))) return checkLoaded(loaded, library);
  const answers: AnswerChecks = new WeakMap();
  for (const { result, answerProblems } of checked) {
    if ('entry' in result && answerProblems) answers.set(result.entry, { library, problems: answerProblems });
  }
  return checkLoaded(loaded, library, answers);
}

function checkOnThread(job: CheckJob): Promise<ReturnType<typeof checkClaimedFiles>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(path.join(import.meta.dirname, 'check-worker.ts'), {
      workerData: job,
      // Parsing makes many short-lived objects; a thread's default young generation collects too often.
      resourceLimits: { maxYoungGenerationSizeMb: 64 },
    });
    let checked: ReturnType<typeof checkClaimedFiles> | undefined;
    worker.on('message', (message: ReturnType<typeof checkClaimedFiles>) => (checked = message));
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (checked) resolve(checked);
      else reject(new Error(`a thread checking question files stopped with code ${code}`));
    });
  });
}

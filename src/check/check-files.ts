import { loadLawLibrary, readQuestionFiles, type FileResult } from '../knowledge/files.ts';
import type { QuestionEntry } from '../knowledge/model.ts';
import type { Problem } from '../knowledge/problems.ts';
import type { LawLibrary } from '../laws/library.ts';
import { answerTextProblems } from './cross-file.ts';

/** One question file as read, with its answer text's own problems when it read to an entry. */
export interface CheckedFile {
  result: FileResult<QuestionEntry['data']>;
  answerProblems?: Problem[];
}

/** The question files shared by the threads of one check, and the counter they claim them with. */
export interface CheckJob {
  contentDir: string;
  root: string;
  files: readonly string[];
  /** One Int32: the index of the first file no thread has claimed yet. */
  next: SharedArrayBuffer;
  /** Whether results keep the answers' text; a thread hands its results over by copying them. */
  keepBodies: boolean;
}

/** Files a thread claims at a time: few enough that the threads finish together. */
const CLAIM = 200;

/**
 * Checks files of the job until every file has been claimed, by this thread or another: each one
 * read, and its answer's text checked against the law files as they are. Threads claim files as
 * they go, so a thread that starts late or runs slower (the main thread, holding everything read so
 * far, collects garbage longer) takes fewer. Returns the runs of files it checked, by first index.
 * When the law files cannot be read, answers are left unchecked here: the check across files then
 * reports the law files and checks the answers itself.
 */
export function checkClaimedFiles(job: CheckJob): [start: number, checked: CheckedFile[]][] {
  const next = new Int32Array(job.next);
  const library = readableLibrary(job.contentDir);
  const runs: [number, CheckedFile[]][] = [];
  for (;;) {
    const start = Atomics.add(next, 0, CLAIM);
    if (start >= job.files.length) return runs;
    const files = job.files.slice(start, start + CLAIM);
    runs.push([start, readQuestionFiles(job.contentDir, job.root, files).map((result) => check(result, library, job))]);
  }
}

function check(result: CheckedFile['result'], library: LawLibrary | undefined, job: CheckJob): CheckedFile {
  if (!('entry' in result) || !library) return { result };
  const answerProblems = answerTextProblems(result.entry, library);
  return { result: job.keepBodies ? result : { ...result, entry: { ...result.entry, body: '' } }, answerProblems };
}

function readableLibrary(contentDir: string): LawLibrary | undefined {
  try {
    return loadLawLibrary(contentDir);
  } catch {
    return undefined;
  }
}

import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { IsoDate } from '../shared/dates.ts';

/**
 * The date of each file's last commit, read from one `git log` over a folder (one process, however
 * many files). Files outside git, or a machine without git, give an empty map: callers fall back to
 * the dates in the content, never to the time of the build.
 */
export function gitLastChanged(dir: string): Map<string, IsoDate> {
  const top = spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd: dir, encoding: 'utf8' });
  if (top.status !== 0) return new Map();
  const root = top.stdout.trim();
  const log = spawnSync('git', ['log', '--format=%x00%cs', '--name-only', '--no-renames', '--', '.'], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
  });
  if (log.status !== 0) return new Map();
  const dates = new Map<string, IsoDate>();
  for (const [file, date] of parseGitLog(log.stdout)) dates.set(path.join(root, file), date);
  return dates;
}

/** Newest first, as `git log` prints: the first date seen for a file is its last change. */
export function parseGitLog(output: string): Map<string, IsoDate> {
  const dates = new Map<string, IsoDate>();
  for (const commit of output.split('\0').slice(1)) {
    const [date, ...files] = commit.split('\n').map((line) => line.trim());
    if (!date) continue;
    for (const file of files) if (file && !dates.has(file)) dates.set(file, date);
  }
  return dates;
}

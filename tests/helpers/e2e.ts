import { readFileSync } from 'node:fs';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isMainThread } from 'node:worker_threads';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, onTestFinished } from 'vitest';
import { launchChromium, startPreview, type Preview } from './browser.ts';
import { buildSite, repoRoot } from './build.ts';
import { removeFolder } from '../../src/shared/remove-folder.ts';

/*
 * The end-to-end files all look at the same build of the sample site. Vitest runs each file in its own
 * worker, so a module-level cache alone would rebuild once per file; instead the build lives in a temp
 * folder named after the Vitest process that owns the workers (and its start time, against pid reuse),
 * so the first file of a run builds it and the others reuse it. Folders of finished runs are removed
 * by the next run, since no file knows it is the last.
 */

const PREFIX = 'fawen-e2e-';

// Forked workers are children of the Vitest process; thread workers live inside it.
const ownerPid = isMainThread ? process.ppid : process.pid;

function startTime(pid: number): string {
  try {
    // Field 22 of /proc/<pid>/stat; the command name (field 2) may contain spaces, so count after it.
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[19]!;
  } catch {
    return '0';
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function removeStaleBuilds(): Promise<void> {
  for (const name of await readdir(tmpdir())) {
    const match = new RegExp(`^${PREFIX}(\\d+)-(\\d+)$`).exec(name);
    if (match && !(alive(Number(match[1])) && startTime(Number(match[1])) === match[2])) {
      await removeFolder(path.join(tmpdir(), name));
    }
  }
}

async function buildOnce(): Promise<string> {
  const dir = path.join(tmpdir(), `${PREFIX}${ownerPid}-${startTime(ownerPid)}`);
  const dist = path.join(dir, 'dist');
  const done = path.join(dir, 'done.json');
  let builder = false;
  try {
    // mkdir without `recursive` is atomic: exactly one worker of the run wins and builds.
    await mkdir(dir);
    builder = true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  if (builder) {
    await removeStaleBuilds();
    await writeFile(path.join(dir, 'builder.pid'), String(process.pid));
    const build = await buildSite({ dir, content: path.join(repoRoot, 'content'), dist, cleanup: async () => {} });
    await writeFile(done, JSON.stringify(build));
  }
  for (;;) {
    const result = await readFile(done, 'utf8').then(
      (text) => JSON.parse(text) as { code: number | null; output: string },
      () => undefined,
    );
    if (result) {
      if (result.code !== 0) throw new Error(`the sample site did not build:\n${result.output}`);
      return dist;
    }
    const pid = Number(await readFile(path.join(dir, 'builder.pid'), 'utf8').catch(() => '0'));
    if (pid && !alive(pid)) throw new Error(`the worker building the sample site (pid ${pid}) died`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

let shared: Promise<string> | undefined;

/** The `dist/` folder of one real build of the repository's sample site, shared by the whole test run. */
export const sampleDist = (): Promise<string> => (shared ??= buildOnce());

/**
 * The sample site served by the local runtime, and a Chromium, for the suite whose describe calls
 * this: started before its tests and stopped after them, so suites serve one at a time.
 */
export function servedSample(): { readonly preview: Preview; readonly browser: Browser } {
  const served = {} as { preview: Preview; browser: Browser };
  beforeAll(async () => {
    served.preview = await startPreview(await sampleDist());
    served.browser = await launchChromium();
  });
  afterAll(async () => {
    await served.browser?.close();
    await served.preview?.stop();
  });
  return served;
}

/** Where screenshots of failed browser tests go; the folder is ignored by git. */
export const screenshotDir = path.join(repoRoot, 'test-results/screenshots');

/**
 * Opens a page that is closed when the current test ends and, if the test fails, first saved as
 * `test-results/screenshots/<name>.png`, so a failure in CI shows what the reader would have seen.
 * A failure also prints what the page logged as errors and which of its requests failed, were slow
 * or never finished: a search left at “正在搜索…” is either a stalled request or a script error.
 * `name` may be a function, for a test that walks through several pages.
 */
export async function openPage(owner: Browser | BrowserContext, name: string | (() => string)): Promise<Page> {
  const page = await owner.newPage();
  const trace = traceRequests(page);
  // One hook, not onTestFailed plus onTestFinished: Vitest runs the finished hooks first, which would
  // close the page before it could be photographed.
  onTestFinished(async ({ task }) => {
    if (task.result?.state === 'fail' && !page.isClosed()) {
      const label = typeof name === 'string' ? name : name();
      await mkdir(screenshotDir, { recursive: true });
      await page.screenshot({ path: path.join(screenshotDir, `${label}.png`), fullPage: true }).catch(() => {});
      console.error(
        `[${label}] what the page did:\n${trace().join('\n') || '(no errors, every request answered quickly)'}`,
      );
    }
    await page.close();
  });
  return page;
}

/** A request slower than this is listed when a test fails. */
const SLOW_REQUEST_MS = 2_000;

/** Records a page's errors and its failed, slow and unanswered requests; the result lists them. */
function traceRequests(page: Page): () => string[] {
  const opened = Date.now();
  const at = () => `${((Date.now() - opened) / 1000).toFixed(1)} s`;
  const lines: string[] = [];
  const waiting = new Map<Request, number>();
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      lines.push(`${at()} console.${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => lines.push(`${at()} uncaught: ${error.message}`));
  page.on('request', (request) => waiting.set(request, Date.now()));
  page.on('requestfinished', (request) => {
    const ms = Date.now() - (waiting.get(request) ?? Date.now());
    waiting.delete(request);
    if (ms > SLOW_REQUEST_MS) lines.push(`${at()} answered after ${ms} ms: ${request.url()}`);
  });
  page.on('requestfailed', (request) => {
    waiting.delete(request);
    lines.push(`${at()} failed (${request.failure()?.errorText}): ${request.url()}`);
  });
  return () => [
    ...lines,
    ...[...waiting].map(([request, since]) => `${at()} unanswered for ${Date.now() - since} ms: ${request.url()}`),
  ];
}

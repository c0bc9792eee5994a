import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { DevPreviewFigures } from './results.ts';

/** What an editor does in the preview: which answer they edit, and how. */
export interface DevEdit {
  /** The question file, under the content folder. */
  file: string;
  /** The file's text after the edit. */
  edited: string;
  /** Text the edit adds, which the page shows once the preview has reloaded it. */
  mark: string;
}

const POLL_MS = 100;

/**
 * An editor's preview: `npm run dev` (astro dev) started on the site's content, the home page asked
 * for until it is served (the first page), then one answer saved with an edit and its page asked
 * for until it shows the edit. Both are timed by HTTP from this process: a browser adds its own
 * page load on top of the second figure. The file is put back and the server stopped afterwards.
 */
export async function measureDevPreview(options: {
  node: string;
  repoRoot: string;
  /** The working folder Astro runs in (see bench/run.ts `build`). */
  cwd: string;
  env: NodeJS.ProcessEnv;
  content: string;
  edit: DevEdit;
  timeoutMs?: number;
}): Promise<DevPreviewFigures> {
  const { node, repoRoot, cwd, env, content, edit, timeoutMs = 300_000 } = options;
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const seconds = (from: number) => Math.round(performance.now() - from) / 1000;
  const child = spawn(
    node,
    // --ignore-lock: an editor's own `npm run dev` of the same project must neither stop this one nor
    // be stopped by it (Astro allows one locked dev server per project).
    [
      path.join(repoRoot, 'node_modules/astro/bin/astro.mjs'),
      'dev',
      '--root',
      repoRoot,
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--ignore-lock',
    ],
    // In development mode whatever the caller's NODE_ENV: under NODE_ENV=test it served no page at all.
    { cwd, env: { ...env, NODE_ENV: 'development' }, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  const tail: string[] = [];
  let readySeconds: number | null = null;
  const collect = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (readySeconds === null && /ready in \d+/.test(line)) readySeconds = seconds(started);
      if (line.trim()) tail.push(line);
      if (tail.length > 20) tail.shift();
    }
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  let gone = false;
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      gone = true;
      resolve();
    }),
  );
  const stopped = () => gone;
  // The server has a process group of its own: if the bench dies first, it must not live on.
  const stop = () => signal(child.pid!, 'SIGKILL');
  process.once('exit', stop);

  const target = path.join(content, edit.file);
  const original = fs.readFileSync(target, 'utf8');
  const slug = path.basename(edit.file, '.md');
  try {
    await until(async () => (await get(`${base}/`)).status === 200, started, timeoutMs, 'the home page', stopped);
    const firstPageSeconds = seconds(started);
    const page = `${base}/questions/${slug}/`;
    // The editor has the page open before saving.
    await until(
      async () => (await get(page)).status === 200,
      performance.now(),
      timeoutMs,
      `/questions/${slug}/`,
      stopped,
    );
    fs.writeFileSync(target, edit.edited);
    const saved = performance.now();
    await until(async () => (await get(page)).body.includes(edit.mark), saved, timeoutMs, 'the edited answer', stopped);
    return { ok: true, readySeconds, firstPageSeconds, editShowsSeconds: seconds(saved) };
  } catch (caught) {
    return {
      ok: false,
      readySeconds,
      firstPageSeconds: null,
      editShowsSeconds: null,
      error: `${(caught as Error).message}\n${tail.join('\n')}`,
    };
  } finally {
    fs.writeFileSync(target, original);
    // The whole process group: astro dev starts helpers (esbuild) of its own.
    signal(child.pid!, 'SIGTERM');
    const killer = setTimeout(stop, 5_000);
    await exited;
    clearTimeout(killer);
    process.off('exit', stop);
  }
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(-pid, name);
  } catch {
    // Already gone.
  }
}

async function get(url: string): Promise<{ status: number; body: string }> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(120_000) });
    return { status: response.status, body: await response.text() };
  } catch {
    // Not listening yet.
    return { status: 0, body: '' };
  }
}

async function until(
  done: () => Promise<boolean>,
  from: number,
  timeoutMs: number,
  what: string,
  stopped: () => boolean,
): Promise<void> {
  while (!(await done())) {
    if (stopped()) throw new Error(`the server exited before ${what} was served`);
    if (performance.now() - from > timeoutMs) throw new Error(`${what} was not served within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

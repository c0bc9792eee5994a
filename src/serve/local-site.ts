import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { cdnServerCommand } from './cdn-server.ts';

// What the browser tests and the bench share: Debian's Chromium and a built site served as the CDN
// will serve it.

/** Debian's Chromium with the flags this machine and CI need: no sandbox, no background traffic. */
export function launchChromium(executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'): Promise<Browser> {
  return chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port')),
      );
    });
  });
}

export interface SiteServer {
  url: string;
  /** Stops the server and the runtime it started; resolves once every process of its group is gone. */
  stop(): Promise<void>;
}

/** How long a stopped server's processes get to exit before they are killed. */
const STOP_GRACE_MS = 5_000;

/** Whether any process of the group led by `pid` is still alive. */
function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Serves a built `dist/` through Cloudflare's Pages runtime (as `npm run preview` does) on a free
 * loopback port, so `_headers`, `_redirects` and the 404 page behave as in production. It runs in
 * its own process group, so stopping it also stops the runtime it started.
 */
export async function startSiteServer(root: string, dist: string): Promise<SiteServer> {
  const port = await freePort();
  // Its own state folder beside the site, so that servers of two sites in one folder never share one.
  const stateDir = path.join(path.dirname(dist), `.wrangler-${path.basename(dist)}`);
  // Its own devtools port too: `npm run preview`, or another test run, may hold the default one.
  const { args, env } = cdnServerCommand(root, dist, port, await freePort(), stateDir);
  // Its working directory takes wrangler's other files (`.wrangler/`), kept out of the repository.
  const child = spawn(process.execPath, args, {
    cwd: path.dirname(dist),
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString('utf8')));
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      // already gone
    }
  };
  const kill = () => {
    if (child.pid !== undefined) signal('SIGKILL');
  };
  // Wrangler writes its state folder while it shuts down: a caller that deletes the site's folder
  // right after stopping must wait for the whole group, or the folder comes back.
  const stop = async () => {
    process.off('exit', kill);
    if (child.pid === undefined || !groupAlive(child.pid)) return;
    signal('SIGTERM');
    const deadline = Date.now() + STOP_GRACE_MS;
    while (groupAlive(child.pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    if (groupAlive(child.pid)) signal('SIGKILL');
  };
  process.once('exit', kill);
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 300; attempt++) {
    if (child.exitCode !== null) throw new Error(`the Pages server exited with ${child.exitCode}: ${errors.trim()}`);
    try {
      if ((await fetch(`${url}/`)).ok) return { url, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop();
  throw new Error(`the Pages server did not start on ${url}: ${errors.trim()}`);
}

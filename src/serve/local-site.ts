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
  stop(): void;
}

/**
 * Serves a built `dist/` through Cloudflare's Pages runtime (as `npm run preview` does) on a free
 * loopback port, so `_headers`, `_redirects` and the 404 page behave as in production. It runs in
 * its own process group, so stopping it also stops the runtime it started.
 */
export async function startSiteServer(root: string, dist: string): Promise<SiteServer> {
  const port = await freePort();
  // Its own devtools port too: `npm run preview`, or another test run, may hold the default one.
  const { args, env } = cdnServerCommand(root, dist, port, await freePort());
  // Its working directory takes wrangler's state folder, kept out of the repository.
  const child = spawn(process.execPath, args, {
    cwd: path.dirname(dist),
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString('utf8')));
  const stop = () => {
    if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  process.once('exit', stop);
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
  stop();
  throw new Error(`the Pages server did not start on ${url}: ${errors.trim()}`);
}

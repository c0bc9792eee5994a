import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { cdnServerCommand } from '../../src/lib/cdn-server.ts';
import { repoRoot } from './build.ts';

/** Debian's Chromium, started the way this machine and CI allow (no sandbox, no network chatter). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
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

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export interface Preview {
  url: string;
  stop(): void;
}

/**
 * Serves a built `dist/` through Cloudflare's Pages runtime (as `npm run preview` does) on a free
 * loopback port, so `_headers`, `_redirects` and the 404 page behave as in production.
 */
export async function startPreview(dist: string): Promise<Preview> {
  const port = await freePort();
  const { args, env } = cdnServerCommand(repoRoot, dist, port);
  // Its working directory takes wrangler's state folder, kept out of the repository.
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: path.dirname(dist),
    env: { ...process.env, ...env },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 300; attempt++) {
    try {
      if ((await fetch(`${url}/`)).ok) return { url, stop: () => child.kill() };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill();
  throw new Error(`the Pages server did not start on ${url}`);
}

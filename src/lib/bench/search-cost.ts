import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import type { QueryCost, SearchCostFigures } from './results.ts';
import { median } from './stats.ts';

/** Debian's Chromium with the flags this machine and CI need (no sandbox, no background traffic that would count as bytes). */
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

export interface Preview {
  url: string;
  stop(): void;
}

function freePort(): Promise<number> {
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

/**
 * Serves a built site with `astro preview`, the server a user tries the site with. It runs in its
 * own process group so stopping it also stops anything it started.
 */
export async function startPreview(repoRoot: string, dist: string): Promise<Preview> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [path.join(repoRoot, 'node_modules/astro/bin/astro.mjs'), 'preview', '--host', '127.0.0.1', '--port', String(port)],
    {
      cwd: repoRoot,
      env: { ...process.env, FAWEN_OUT_DIR: dist, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: 'ignore',
      detached: true,
    },
  );
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
    try {
      if ((await fetch(`${url}/search/`)).ok) return { url, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  stop();
  throw new Error(`astro preview did not start on ${url}`);
}

interface PageTiming {
  start: number;
  end: number;
  results: number;
}

// Runs in the page. Times are taken there, from the Enter keydown to the DOM change that shows the
// results, so the round trips of the automation protocol are not counted.
function installTimer(query: string): void {
  const list = document.getElementById('search-results')!;
  const input = document.getElementById('search-query')!;
  const state: PageTiming = { start: 0, end: 0, results: 0 };
  (window as unknown as { __fawenBench: PageTiming }).__fawenBench = state;
  input.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Enter' && !state.start) state.start = performance.now();
    },
    { capture: true },
  );
  const observer = new MutationObserver(() => {
    if (!state.start || state.end) return;
    if (list.dataset.query !== query || list.getAttribute('aria-busy') !== 'false') return;
    state.end = performance.now();
    state.results = list.querySelectorAll('li').length;
    observer.disconnect();
  });
  observer.observe(list, { attributes: true, childList: true });
}

function readTimer(): PageTiming | undefined {
  const state = (window as unknown as { __fawenBench?: PageTiming }).__fawenBench;
  return state?.end ? state : undefined;
}

/**
 * The cost of a reader's first search: a fresh browser context (empty cache), the search page
 * loaded, the query typed and submitted with Enter. Bytes are what the network carried (encoded
 * body plus headers) for every request the page made after Enter until the results were shown and
 * the requests in flight had finished.
 */
export async function measureFirstQuery(
  browser: Browser,
  baseUrl: string,
  query: string,
  timeoutMs = 120_000,
): Promise<QueryCost & { pageLoadBytes: number }> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    let afterEnter = false;
    const before = new Map<string, number | undefined>();
    const after = new Map<string, number | undefined>();
    cdp.on('Network.requestWillBeSent', (event) => {
      const requests = afterEnter ? after : before;
      if (!requests.has(event.requestId)) requests.set(event.requestId, undefined);
    });
    cdp.on('Network.loadingFinished', (event) => {
      for (const requests of [before, after]) {
        if (requests.has(event.requestId)) requests.set(event.requestId, event.encodedDataLength);
      }
    });
    cdp.on('Network.loadingFailed', (event) => {
      for (const requests of [before, after]) if (requests.has(event.requestId)) requests.set(event.requestId, 0);
    });

    await page.goto(`${baseUrl}/search/`, { waitUntil: 'networkidle', timeout: timeoutMs });
    await page.evaluate(installTimer, query);
    await page.fill('#search-query', query);
    afterEnter = true;
    await page.press('#search-query', 'Enter');
    const handle = await page.waitForFunction(readTimer, undefined, { timeout: timeoutMs, polling: 20 });
    const timing = (await handle.jsonValue()) as PageTiming;
    await settle(after, timeoutMs);

    const sum = (requests: Map<string, number | undefined>) =>
      [...requests.values()].reduce<number>((total, bytes) => total + (bytes ?? 0), 0);
    return {
      query,
      bytes: sum(after),
      requests: after.size,
      ms: Math.round((timing.end - timing.start) * 10) / 10,
      results: timing.results,
      pageLoadBytes: sum(before),
    };
  } finally {
    await context.close();
  }
}

/** Waits until every request seen has finished, so its size is known. */
async function settle(requests: Map<string, number | undefined>, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  // A short quiet period catches a request started by the very last render.
  await new Promise((resolve) => setTimeout(resolve, 200));
  while ([...requests.values()].some((bytes) => bytes === undefined)) {
    if (performance.now() > deadline) throw new Error('requests of the search did not finish');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Each query in its own fresh context, so each one is a reader's first query. */
export async function measureSearchCost(
  browser: Browser,
  baseUrl: string,
  queries: readonly string[],
): Promise<SearchCostFigures> {
  const measured: QueryCost[] = [];
  const pageLoads: number[] = [];
  for (const query of queries) {
    const { pageLoadBytes, ...cost } = await measureFirstQuery(browser, baseUrl, query);
    measured.push(cost);
    pageLoads.push(pageLoadBytes);
  }
  const bytes = measured.map((cost) => cost.bytes);
  const ms = measured.map((cost) => cost.ms);
  return {
    pageLoadBytes: median(pageLoads),
    queries: measured,
    median: { bytes: median(bytes), ms: median(ms) },
    max: { bytes: Math.max(...bytes), ms: Math.max(...ms) },
  };
}

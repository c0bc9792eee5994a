import http from 'node:http';
import type { Browser, Request } from 'playwright-core';
import type { QueryCost, SearchCostFigures } from './results.ts';
import { median } from './stats.ts';

interface PageTiming {
  start: number;
  end: number;
  results: number;
}

const FILTER_INDEX = /\.pf_filter$/;

/** A question page, fetched by the search page for an excerpt's passage. */
const PASSAGE_PAGE = /^\/questions\/[^/]+\/$/;

/**
 * What a request of a search fetched, by its path: Pagefind's script and WebAssembly (the same for
 * every site), each index's page table (`.pf_meta`), the index chunks holding the query's terms, the
 * result fragments, the facets' filter indexes, Fawen's manifest of shards, question pages fetched
 * for excerpts' passages, or anything else.
 */
export function requestKind(pathname: string): string {
  if (/\.pf_meta$/.test(pathname)) return 'page tables';
  if (/\.pf_index$/.test(pathname)) return 'index chunks';
  if (/\.pf_fragment$/.test(pathname)) return 'fragments';
  if (FILTER_INDEX.test(pathname)) return 'filters';
  if (/\/fawen-index\.json$/.test(pathname)) return 'manifest';
  if (PASSAGE_PAGE.test(pathname)) return 'pages for passages';
  if (/\/pagefind[^/]*\.(js|json)$|\.pagefind$/.test(pathname)) return 'Pagefind script and WebAssembly';
  return 'other';
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

// Runs in the page: the search page's own marks of its steps (`timed` in src/search/client/search-page.ts).
function readSteps(): Record<string, number> {
  const steps: Record<string, number> = {};
  for (const entry of performance.getEntriesByType('measure')) {
    const [prefix, step] = entry.name.split(':');
    if (prefix === 'fawen-search' && step) steps[step] = Math.round(entry.duration);
  }
  return steps;
}

function readTimer(): PageTiming | undefined {
  const state = (window as unknown as { __fawenBench?: PageTiming }).__fawenBench;
  return state?.end ? state : undefined;
}

/**
 * The cost of a reader's first search: a fresh browser context (empty cache), the search page
 * loaded, the query typed and submitted with Enter. Bytes are what the network carried to the
 * browser (response headers plus encoded body) for every request made after Enter, by the page and
 * by Pagefind's worker, until the results were shown; the facets' requests after that are added
 * to the figure with facets.
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
    let afterEnter = false;
    const before: Request[] = [];
    const after: Request[] = [];
    // On the context, not the page: Pagefind fetches its index from a dedicated worker.
    context.on('request', (request) => (afterEnter ? after : before).push(request));

    // Ready when the page's script has run (it marks the empty list as not busy), not at network
    // idle: on a loaded CI machine a stray slow request kept "networkidle" from ever arriving.
    await page.goto(`${baseUrl}/search/`, { waitUntil: 'load', timeout: timeoutMs });
    await page.waitForSelector('#search-results[aria-busy="false"]', { state: 'attached', timeout: timeoutMs });
    await page.evaluate(installTimer, query);
    await page.fill('#search-query', query);
    afterEnter = true;
    await page.press('#search-query', 'Enter');
    const handle = await page.waitForFunction(readTimer, undefined, { timeout: timeoutMs, polling: 20 });
    const timing = (await handle.jsonValue()) as PageTiming;
    const msByStep = await page.evaluate(readSteps);
    await page.waitForSelector('#search-facets[aria-busy="false"]', { state: 'attached', timeout: timeoutMs });
    // A short quiet period catches a request started by the very last render.
    await new Promise((resolve) => setTimeout(resolve, 200));

    // The facets' filter indexes load after the results are shown; an unfiltered query needs none
    // of them for its results. Nor does it need the question pages the search page fetches, once
    // their results are on screen, to cut an excerpt from a passage further in
    // (src/search/client/passages.ts). Both count in the figure with facets. (Request start times
    // are too coarse to split them by time.)
    const toResults = after.filter((request) => {
      const { pathname } = new URL(request.url());
      return !FILTER_INDEX.test(pathname) && !PASSAGE_PAGE.test(pathname);
    });
    const bytes = await withTimeout(Promise.all(toResults.map(receivedBytes)), timeoutMs);
    const bytesByKind: Record<string, number> = {};
    toResults.forEach((request, i) => {
      const kind = requestKind(new URL(request.url()).pathname);
      bytesByKind[kind] = (bytesByKind[kind] ?? 0) + bytes[i]!;
    });
    const all = await withTimeout(Promise.all(after.map(receivedBytes)), timeoutMs);
    const pageLoad = await withTimeout(Promise.all(before.map(receivedBytes)), timeoutMs);
    return {
      query,
      bytes: sum(bytes),
      withFacetsBytes: sum(all),
      requests: toResults.length,
      bytesByKind,
      ms: Math.round((timing.end - timing.start) * 10) / 10,
      msByStep,
      results: timing.results,
      pageLoadBytes: sum(pageLoad),
    };
  } finally {
    await context.close();
  }
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('requests of the search did not finish')), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Response headers plus encoded body of one finished request; 0 for one that failed. */
async function receivedBytes(request: Request): Promise<number> {
  const response = await request.response();
  if (!response) return 0;
  if ((await response.finished()) !== null) return 0;
  const sizes = await request.sizes();
  const headers = await request.allHeaders();
  // Chromium reports the main script of a dedicated worker with a body size of 0, because it is
  // loaded on the worker's side; it is measured by asking the same server for the same URL with the
  // same Accept-Encoding, which returns the same bytes.
  const worker = /worker$/.test(headers['sec-fetch-dest'] ?? '') && response.status() === 200;
  const body =
    worker && sizes.responseBodySize === 0 ? await rawBodyBytes(request.url(), headers) : sizes.responseBodySize;
  return sizes.responseHeadersSize + body;
}

/** Bytes of a response body as sent, before any decompression. */
function rawBodyBytes(url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'accept-encoding': headers['accept-encoding'] ?? 'identity' } }, (response) => {
        let bytes = 0;
        response.on('data', (chunk: Buffer) => (bytes += chunk.length));
        response.on('end', () => resolve(bytes));
        response.on('error', reject);
      })
      .on('error', reject);
  });
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
    median: {
      bytes: median(bytes),
      ms: median(ms),
      withFacetsBytes: median(measured.map((cost) => cost.withFacetsBytes)),
    },
    max: { bytes: Math.max(...bytes), ms: Math.max(...ms) },
  };
}

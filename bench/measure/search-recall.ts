import fs from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import type { Browser, Page } from 'playwright-core';

/** A reader's query and the slug of the question it must find. */
export interface RecallQuery {
  q: string;
  expect: string;
  kind: string;
}

export interface RecallFigures {
  queries: number;
  /** Share of queries whose page is among the first five results, 0 to 1. */
  fawen: number;
  outOfTheBox: number | null;
  /** Queries missed by Fawen, with the out-of-the-box outcome beside them. */
  misses: string[];
}

export const readRecallQueries = (file: string) => load(fs.readFileSync(file, 'utf8')) as RecallQuery[];

const slugOf = (href: string) => href.split('/').filter(Boolean).at(-1) ?? '';

/** The links of every result shown, in order. */
export const RESULT_LINKS = '#search-results .result-title a, #search-partial .result-title a';

/**
 * Searches through the site's own search page, as a reader does (the query typed into its box and
 * the form submitted), and waits for that query's results. One round trip to the browser a query:
 * the typing, the submit and the wait run in the page.
 */
export async function searchPage(page: Page, baseUrl: string, query: string): Promise<string[]> {
  if (!page.url().includes('/search/')) await page.goto(`${baseUrl}/search/`);
  return page.evaluate(
    async ([q, links]) => {
      const input = document.getElementById('search-query') as HTMLInputElement;
      const list = document.getElementById('search-results')!;
      input.value = q;
      input.form!.requestSubmit();
      // The submit handler marks the list busy with this query before it returns.
      await new Promise<void>((resolve) => {
        const check = () =>
          list.dataset.query === q.trim() && list.getAttribute('aria-busy') === 'false'
            ? resolve()
            : requestAnimationFrame(check);
        check();
      });
      return [...document.querySelectorAll(links)].map((a) => a.getAttribute('href') ?? '');
    },
    [query, RESULT_LINKS] as const,
  );
}

// A string, not a function: the test runner would rewrite a dynamic import() written in this file.
const OUT_OF_THE_BOX = `async ([base, q]) => {
  const oob = await import(base + 'pagefind.js');
  const { results } = await oob.search(q);
  return Promise.all(results.slice(0, 5).map(async (r) => (await r.data()).url));
}`;

/** The top five of Pagefind's own runtime over an index Pagefind built out of the box at `base`. */
export function outOfTheBox(page: Page, base: string, query: string): Promise<string[]> {
  return page.evaluate(`(${OUT_OF_THE_BOX})(${JSON.stringify([base, query])})`);
}

/**
 * Recall@5 of the query set on a served site, through its search page, and, when `oobBase` names
 * an out-of-the-box Pagefind index on the same site, of that index on the same queries.
 */
export async function measureRecall(
  browser: Browser,
  baseUrl: string,
  queries: readonly RecallQuery[],
  oobBase?: string,
): Promise<RecallFigures> {
  // Two pages, run side by side: while one waits on its index files, the other searches.
  const [page, oobPage] = await Promise.all([browser.newPage(), oobBase ? browser.newPage() : undefined]);
  try {
    // Pagefind's own script is imported from the site's origin, as a page of the site would.
    await oobPage?.goto(`${baseUrl}/`);
    const topFive = async (search: () => Promise<string[]>) => (await search()).slice(0, 5).map(slugOf);
    const [ours, oob] = await Promise.all([
      sequentially(queries, (query) => topFive(() => searchPage(page, baseUrl, query.q))),
      oobPage && oobBase
        ? sequentially(queries, (query) => topFive(() => outOfTheBox(oobPage, oobBase, query.q)))
        : undefined,
    ]);
    const hits = queries.map((query, i) => ours[i]!.includes(query.expect));
    const baseHits = queries.map((query, i) => oob?.[i]?.includes(query.expect) ?? false);
    return {
      queries: queries.length,
      fawen: hits.filter(Boolean).length / queries.length,
      outOfTheBox: oob ? baseHits.filter(Boolean).length / queries.length : null,
      misses: queries.flatMap((query, i) =>
        hits[i] ? [] : [`${baseHits[i] ? '✓' : '✗'} ${query.kind.padEnd(16)} ${query.q} → ${query.expect}`],
      ),
    };
  } finally {
    await Promise.all([page.close(), oobPage?.close()]);
  }
}

/** `work` on each item in turn, one at a time: a page runs one search at a time. */
async function sequentially<T, R>(items: readonly T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (const item of items) results.push(await work(item));
  return results;
}

/** The repository's query set (tests/e2e/search-queries.yaml). */
export const defaultRecallQueries = (repoRoot: string) =>
  readRecallQueries(path.join(repoRoot, 'tests/e2e/search-queries.yaml'));

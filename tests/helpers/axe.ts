import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, Result, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

export type { Result };

// axe-core run straight in the page. @axe-core/playwright's AxeBuilder runs axe frame by frame and
// then finishes the run in a second, blank page: about 2.5 s a check here against 0.5 s, on pages
// that have no frames. Playwright's evaluate runs outside the page's Content Security Policy, so the
// site's strict policy stays as it is.
const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe's violations on the page as it is now; axe is injected on the first call. */
export async function axeViolations(page: Page, options: RunOptions = {}): Promise<Result[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(source);
  const results = await page.evaluate(
    (runOptions) => (window as unknown as { axe: { run(o: RunOptions): Promise<AxeResults> } }).axe.run(runOptions),
    { ...options, resultTypes: ['violations'] } satisfies RunOptions,
  );
  return results.violations;
}

// The measured cause of a missed target, in one line: the figures of the same run that account for
// the miss, largest first, and what docs/scaling.md found would fix the largest. Only figures this
// run measured are quoted; the remedies are the profiles' findings, named as such.

import type { BuildFigures, BuildPhases, DevPreviewFigures, QueryCost, SearchCostFigures, SiteRun } from './results.ts';
import { formatBytes, formatMs, formatSeconds } from './table.ts';

type Phase = Exclude<keyof BuildPhases, 'routeGeneration' | 'answerRendering'>;

const PHASE_NAMES: Record<Phase, string> = {
  contentLoading: 'start-up and content check',
  rendering: 'bundling and rendering',
  publishFiles: 'sitemap and site files',
  searchIndexing: 'search index',
  finishing: 'Astro’s exit and moving the output',
};

// What docs/scaling.md measured behind each phase, and the next step it names.
const PHASE_REMEDIES: Record<Phase, string> = {
  contentLoading:
    'the check reads and parses every question file on each build; keeping its per-file results between builds would read only changed files',
  rendering:
    'cold: the answer thread (about 1.7 ms an answer) bounds the pages; warm: Astro restores every unchanged page from its cache, so building into the previous output would skip them',
  publishFiles: 'one `git log` and the sitemap over every page',
  searchIndexing:
    'Pagefind’s writer compresses every index file at gzip level 9 on one thread (its profile: docs/scaling.md): an upstream setting, or fewer (term, page) pairs',
  finishing: 'the old output folder is swapped out and deleted file by file',
};

/** The phases of a build, largest first, and the remedy for the largest. */
export function buildCause(build: BuildFigures | null): string | null {
  if (!build?.ok) return null;
  const phases = (Object.keys(PHASE_NAMES) as Phase[])
    .map((phase) => [phase, build.phases[phase]] as const)
    .filter((entry): entry is readonly [Phase, number] => entry[1] !== null)
    .sort((a, b) => b[1] - a[1]);
  if (phases.length === 0) return null;
  const [largest] = phases[0]!;
  const answers = build.phases.answerRendering;
  const parts = phases.map(
    ([phase, seconds]) =>
      `${PHASE_NAMES[phase]} ${formatSeconds(seconds)}` +
      (phase === 'rendering' && answers ? ` (answers on their thread ${formatSeconds(answers)})` : ''),
  );
  return `${parts.join(', ')}. Largest: ${PHASE_NAMES[largest]}: ${PHASE_REMEDIES[largest]}`;
}

/** Each index the search step wrote or linked, with its time and time per page written. */
export function indexCause(build: BuildFigures | null): string | null {
  if (!build?.ok || build.indexWrites.length === 0) return null;
  const written = build.indexWrites.filter((write) => !write.cached);
  const pages = written.reduce((total, write) => total + write.pages, 0);
  const seconds = written.reduce((total, write) => total + write.seconds, 0);
  const each = build.indexWrites.map(
    (write) =>
      `${write.where} ${write.pages.toLocaleString('en-US')} pages ${formatSeconds(write.seconds)}` +
      (write.cached ? ' (from the cache)' : ''),
  );
  const perPage = pages > 0 ? `; ${((seconds * 1000) / pages).toFixed(1)} ms a page written` : '';
  return `${each.join(', ')}${perPage}. ${PHASE_REMEDIES.searchIndexing}`;
}

/** The median query by `figure`, as a sorted copy would put it in the middle. */
function medianQuery(cost: SearchCostFigures | null, figure: (query: QueryCost) => number): QueryCost | null {
  if (!cost || cost.queries.length === 0) return null;
  const sorted = [...cost.queries].sort((a, b) => figure(a) - figure(b));
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/** The bytes of the median-sized first query, by what was fetched. */
export function firstQueryBytesCause(cost: SearchCostFigures | null): string | null {
  const query = medianQuery(cost, (q) => q.bytes);
  if (!query) return null;
  const kinds = Object.entries(query.bytesByKind)
    .sort((a, b) => b[1] - a[1])
    .map(([kind, bytes]) => `${kind} ${formatBytes(bytes)}`);
  return (
    `“${query.query}”: ${formatBytes(query.bytes)} in ${query.requests} requests (${kinds.join(', ')}). ` +
    'Every shard adds its page table and one index chunk per query term; fewer shards need an index writer that fits one in memory'
  );
}

// The search page's steps (src/search/client/search-page.ts), as the reader waits through them.
const STEP_NAMES: Record<string, string> = {
  load: 'loading Pagefind, its WebAssembly and every index’s page table',
  search: 'counting each term per index and searching each index',
  show: 'the first results’ fragments',
};

/** The time of the median-timed first query, by the search page's steps. */
export function firstQueryTimeCause(cost: SearchCostFigures | null): string | null {
  const query = medianQuery(cost, (q) => q.ms);
  if (!query) return null;
  const steps = Object.entries(query.msByStep).map(([step, ms]) => `${STEP_NAMES[step] ?? step} ${formatMs(ms)}`);
  return (
    `“${query.query}”: ${formatMs(query.ms)} from Enter to results (${steps.join(', ')}), ${query.requests} requests. ` +
    'Pagefind is loaded at the first query, and every index is searched twice (term counts, then results): ' +
    'loading it while the reader types, and fewer shards, would cut both'
  );
}

/** The queries whose page was not among the first five. */
export function recallCause(run: SiteRun): string | null {
  const misses = run.recall?.misses;
  if (!misses?.length) return null;
  return `${misses.length} missed: ${misses.join('; ')}`;
}

/** When the preview server was ready, and how long its first page and the edit took after that. */
export function devPreviewCause(dev: DevPreviewFigures | null): string | null {
  if (!dev?.ok || dev.readySeconds === null || dev.firstPageSeconds === null) return null;
  return (
    `server ready after ${formatSeconds(dev.readySeconds)}, home page ${formatSeconds(dev.firstPageSeconds - dev.readySeconds)} later ` +
    `(the content check and catalog run at the first request), edit shown ${formatSeconds(dev.editShowsSeconds)} after saving ` +
    '(the changed file is read again, the catalog rebuilt and the page rendered)'
  );
}

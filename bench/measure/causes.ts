// The measured cause of a missed target, in one line: the figures of the same run that account for
// the miss, largest first, and what docs/scaling.md found would fix the largest. Only figures this
// run measured are quoted; the remedies are the profiles' findings, named as such.

import type { BuildFigures, BuildPhases, SearchCostFigures, SiteRun } from './results.ts';
import { formatBytes, formatSeconds } from './table.ts';

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
    'Pagefind’s writer compresses every index file at gzip level 9 on one thread (about 9 ms a page): an upstream setting, or fewer (term, page) pairs',
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

/** The bytes of the median-sized first query, by what was fetched. */
export function firstQueryCause(cost: SearchCostFigures | null): string | null {
  if (!cost || cost.queries.length === 0) return null;
  const sorted = [...cost.queries].sort((a, b) => a.bytes - b.bytes);
  const query = sorted[Math.floor((sorted.length - 1) / 2)]!;
  const kinds = Object.entries(query.bytesByKind)
    .sort((a, b) => b[1] - a[1])
    .map(([kind, bytes]) => `${kind} ${formatBytes(bytes)}`);
  return (
    `“${query.query}”: ${formatBytes(query.bytes)} in ${query.requests} requests (${kinds.join(', ')}). ` +
    'Every shard adds its page table and one index chunk per query term; fewer shards need an index writer that fits one in memory'
  );
}

/** The queries whose page was not among the first five. */
export function recallCause(run: SiteRun): string | null {
  const misses = run.recall?.misses;
  if (!misses?.length) return null;
  return `${misses.length} missed: ${misses.join('; ')}`;
}

import {
  buildCause,
  devPreviewCause,
  firstQueryBytesCause,
  firstQueryTimeCause,
  indexCause,
  recallCause,
} from './causes.ts';
import type { SiteRun, TargetResult, TargetUnit } from './results.ts';

/** A performance target from the issues, for a site of `size` questions. */
export interface Target {
  id: string;
  label: string;
  size: number;
  unit: TargetUnit;
  /** Whether a smaller site is compared against it too, for orientation. */
  indicativeBelow: boolean;
  measure(run: SiteRun): number | null;
  met(value: number): boolean;
  /** The measured figures behind a miss, and what would fix it (see causes.ts). */
  cause?(run: SiteRun): string | null;
}

const GIB = 2 ** 30;

export const TARGETS: readonly Target[] = [
  {
    id: 'cold-build-seconds',
    label: 'cold build ≤ 60 s',
    size: 10_000,
    unit: 'seconds',
    indicativeBelow: true,
    measure: (run) => (run.coldBuild?.ok ? run.coldBuild.seconds : null),
    met: (seconds) => seconds <= 60,
    cause: (run) => buildCause(run.coldBuild),
  },
  {
    id: 'cold-build-peak',
    label: 'cold build peak memory < 4 GiB',
    size: 10_000,
    unit: 'memory',
    indicativeBelow: true,
    measure: (run) => (run.coldBuild?.ok ? run.coldBuild.peakRssBytes : null),
    met: (bytes) => bytes < 4 * GIB,
  },
  {
    id: 'warm-rebuild-seconds',
    label: 'warm rebuild after one edit ≤ 15 s',
    size: 10_000,
    unit: 'seconds',
    indicativeBelow: true,
    measure: (run) => (run.warmRebuild?.ok ? run.warmRebuild.seconds : null),
    met: (seconds) => seconds <= 15,
    cause: (run) => buildCause(run.warmRebuild),
  },
  {
    id: 'warm-add-seconds',
    label: 'warm rebuild after one added question ≤ 15 s',
    size: 10_000,
    unit: 'seconds',
    indicativeBelow: true,
    measure: (run) => (run.warmAdd?.ok ? run.warmAdd.seconds : null),
    met: (seconds) => seconds <= 15,
    cause: (run) => buildCause(run.warmAdd),
  },
  {
    id: 'cold-index-seconds',
    label: 'search indexing in a cold build ≤ 30 s',
    size: 10_000,
    unit: 'seconds',
    indicativeBelow: true,
    measure: (run) => (run.coldBuild?.ok ? run.coldBuild.phases.searchIndexing : null),
    met: (seconds) => seconds <= 30,
    cause: (run) => indexCause(run.coldBuild),
  },
  {
    id: 'warm-edit-index-seconds',
    label: 'search indexing after one edit ≤ 3 s',
    size: 10_000,
    unit: 'seconds',
    indicativeBelow: true,
    measure: (run) => (run.warmRebuild?.ok ? run.warmRebuild.phases.searchIndexing : null),
    met: (seconds) => seconds <= 3,
    cause: (run) => indexCause(run.warmRebuild),
  },
  {
    id: 'warm-add-index-seconds',
    label: 'search indexing after one added question ≤ 3 s',
    size: 10_000,
    unit: 'seconds',
    indicativeBelow: true,
    measure: (run) => (run.warmAdd?.ok ? run.warmAdd.phases.searchIndexing : null),
    met: (seconds) => seconds <= 3,
    cause: (run) => indexCause(run.warmAdd),
  },
  {
    id: 'check-seconds',
    label: 'npm run check ≤ 5 s',
    size: 10_000,
    unit: 'seconds',
    indicativeBelow: true,
    measure: (run) => (run.check?.ok ? run.check.seconds : null),
    met: (seconds) => seconds <= 5,
  },
  {
    // KB as 1,000 bytes, the unit browsers' network panels use.
    id: 'first-query-bytes',
    label: 'first query ≤ 200 KB (median)',
    size: 10_000,
    unit: 'bytes',
    indicativeBelow: true,
    measure: (run) => run.searchCost?.median.bytes ?? null,
    met: (bytes) => bytes <= 200_000,
    cause: (run) => firstQueryBytesCause(run.searchCost),
  },
  {
    id: 'first-query-ms',
    label: 'first query ≤ 400 ms (median)',
    size: 10_000,
    unit: 'ms',
    indicativeBelow: true,
    measure: (run) => run.searchCost?.median.ms ?? null,
    met: (ms) => ms <= 400,
    cause: (run) => firstQueryTimeCause(run.searchCost),
  },
  {
    id: 'recall-at-scale',
    label: 'recall@5 of the query set ≥ 95% (sample mixed in)',
    size: 10_000,
    unit: 'share',
    indicativeBelow: true,
    measure: (run) => run.recall?.fawen ?? null,
    met: (share) => share >= 0.95,
    cause: recallCause,
  },
  {
    id: 'recall-vs-out-of-the-box',
    label: 'recall@5 never below Pagefind out of the box on the same pages',
    size: 10_000,
    unit: 'yes/no',
    indicativeBelow: true,
    measure: (run) =>
      run.recall?.outOfTheBox === null || run.recall?.outOfTheBox === undefined
        ? null
        : Number(run.recall.fawen >= run.recall.outOfTheBox),
    met: (atLeast) => atLeast === 1,
    cause: recallCause,
  },
  {
    id: 'dev-first-page-seconds',
    label: 'npm run dev: first page ≤ 15 s after start',
    size: 10_000,
    unit: 'seconds',
    indicativeBelow: true,
    measure: (run) => (run.devPreview?.ok ? run.devPreview.firstPageSeconds : null),
    met: (seconds) => seconds <= 15,
    cause: (run) => devPreviewCause(run.devPreview),
  },
  {
    id: 'dev-edit-seconds',
    label: 'npm run dev: an edited answer shows ≤ 2 s after saving',
    size: 10_000,
    unit: 'seconds',
    indicativeBelow: true,
    measure: (run) => (run.devPreview?.ok ? run.devPreview.editShowsSeconds : null),
    met: (seconds) => seconds <= 2,
    cause: (run) => devPreviewCause(run.devPreview),
  },
  {
    id: 'big-build-seconds',
    label: 'cold build ≤ 10 min',
    size: 100_000,
    unit: 'seconds',
    indicativeBelow: false,
    measure: (run) => (run.coldBuild?.ok ? run.coldBuild.seconds : null),
    met: (seconds) => seconds <= 600,
    cause: (run) => buildCause(run.coldBuild),
  },
  {
    id: 'big-build-peak',
    label: 'cold build peak memory < 8 GiB',
    size: 100_000,
    unit: 'memory',
    indicativeBelow: false,
    measure: (run) => (run.coldBuild?.ok ? run.coldBuild.peakRssBytes : null),
    met: (bytes) => bytes < 8 * GIB,
  },
  {
    id: 'big-warm-rebuild-seconds',
    label: 'warm rebuild after one edit ≤ 60 s',
    size: 100_000,
    unit: 'seconds',
    indicativeBelow: false,
    measure: (run) => (run.warmRebuild?.ok ? run.warmRebuild.seconds : null),
    met: (seconds) => seconds <= 60,
    cause: (run) => buildCause(run.warmRebuild),
  },
  {
    id: 'big-first-query-bytes',
    label: 'first query ≤ 300 KB (median)',
    size: 100_000,
    unit: 'bytes',
    indicativeBelow: false,
    measure: (run) => run.searchCost?.median.bytes ?? null,
    met: (bytes) => bytes <= 300_000,
    cause: (run) => firstQueryBytesCause(run.searchCost),
  },
  {
    id: 'big-first-query-ms',
    label: 'first query ≤ 800 ms (median)',
    size: 100_000,
    unit: 'ms',
    indicativeBelow: false,
    measure: (run) => run.searchCost?.median.ms ?? null,
    met: (ms) => ms <= 800,
    cause: (run) => firstQueryTimeCause(run.searchCost),
  },
  {
    id: 'big-recall',
    label: 'recall@5 of the query set ≥ 90% (sample mixed in)',
    size: 100_000,
    unit: 'share',
    indicativeBelow: false,
    measure: (run) => run.recall?.fawen ?? null,
    met: (share) => share >= 0.9,
    cause: recallCause,
  },
  {
    id: 'big-check-seconds',
    label: 'npm run check ≤ 15 s',
    size: 100_000,
    unit: 'seconds',
    indicativeBelow: false,
    measure: (run) => (run.check?.ok ? run.check.seconds : null),
    met: (seconds) => seconds <= 15,
  },
];

/**
 * The size a run stands for: the generated questions it was asked for (a run of 10,000 holds 10,021
 * with the sample mixed in), or its question count for the sample site.
 */
const sizeOf = (run: SiteRun) => (/^\d+$/.test(run.label) ? Number(run.label) : run.questions);

/**
 * The targets that concern a run: exactly those stated for its size, plus (marked not exact) the
 * ones for a bigger site that are still informative on a smaller one. Missing figures give met: null.
 */
export function evaluateTargets(run: SiteRun, targets: readonly Target[] = TARGETS): TargetResult[] {
  const size = sizeOf(run);
  return targets
    .filter((target) => size === target.size || (target.indicativeBelow && size < target.size))
    .map((target) => {
      const measured = target.measure(run);
      const met = measured === null ? null : target.met(measured);
      return {
        id: target.id,
        label: target.label,
        size: target.size,
        unit: target.unit,
        measured,
        met,
        exact: size === target.size,
        cause: met === false ? (target.cause?.(run) ?? null) : null,
      };
    });
}

// The shape of bench/results.json. One file of types so the runner, the table and the targets agree
// on every field name, and so readers of the JSON can find its documentation in one place.

import type { RecallFigures } from './search-recall.ts';

/** Seconds per build phase, measured from the arrival of Astro's own log lines; null when a marker line is missing. */
export interface BuildPhases {
  /** Process start → "[build] Collecting build info": Node and Astro start-up, loading the config and our content check (which reads every file). */
  contentLoading: number | null;
  /** "[build] Collecting build info" → the "[build] ✓ Completed in" after "generating static routes": Vite bundling, rendering and writing every page. */
  rendering: number | null;
  /** "generating static routes" → its "[build] ✓ Completed in": the page-writing part of rendering alone. */
  routeGeneration: number | null;
  /** From the content check's line on answers: how long the answers not in the cache took on their threads, beside bundling and rendering (not a phase of its own). */
  answerRendering: number | null;
  /** End of rendering → "[fawen:publish-files]": sitemap, robots.txt, redirects (including one `git log`). */
  publishFiles: number | null;
  /** Astro's "[build] N page(s) built" → "[fawen:search-index] indexed …": Astro's exit, then reading every page, bigram rewriting, Pagefind indexing and writing the index, after Astro's process is gone. */
  searchIndexing: number | null;
  /** "[fawen:publish-files]" → Astro's "[build] N page(s) built", plus the index's last line → exit: Astro's summary, and moving the output into place. */
  finishing: number | null;
}

export interface MemoryFigures {
  /** Highest sum of VmRSS over the process and all its descendants, sampled every ~100 ms. */
  peakRssBytes: number;
  /** Sum over every process seen of its own VmHWM: an upper bound that catches spikes between samples. */
  sumOfProcessPeaksBytes: number;
}

export interface StepFigures extends MemoryFigures {
  ok: boolean;
  seconds: number;
  exitCode: number | null;
  error?: string;
}

/** One index (a shard or the delta) that the search step put into the site. */
export interface IndexWrite {
  /** Where in the site, e.g. "pagefind/shards/2/". */
  where: string;
  pages: number;
  /** From the previous line of the step: Pagefind writing it, or linking it from the cache. */
  seconds: number;
  /** Linked from the build cache, not written. */
  cached: boolean;
}

export interface BuildFigures extends StepFigures {
  phases: BuildPhases;
  indexWrites: IndexWrite[];
  pages: number | null;
  indexedPages: number | null;
}

export interface SizeFigures {
  bytes: number;
  files: number;
}

export interface WarmRebuildFigures extends BuildFigures {
  /** The question whose answer had one sentence changed, or the question added, relative to the content folder. */
  editedFile: string;
}

/** `npm run dev` on the site, timed by HTTP from the bench (bench/measure/dev-preview.ts). */
export interface DevPreviewFigures {
  ok: boolean;
  /** Start → Astro's "ready in" line: the server listens, nothing is rendered yet. */
  readySeconds: number | null;
  /** Start → the home page served with status 200. */
  firstPageSeconds: number | null;
  /** An answer saved with an edit → its page served with the edit in it. */
  editShowsSeconds: number | null;
  error?: string;
}

export interface OutOfTheBoxFigures extends StepFigures {
  index: SizeFigures | null;
}

export interface QueryCost {
  query: string;
  /** Bytes on the wire (encoded, with headers) of the requests after Enter that showed the results: all but the facets' filter indexes. */
  bytes: number;
  /** The same plus what the facets (filter indexes) fetched after the results were shown. */
  withFacetsBytes: number;
  requests: number;
  /** `bytes` by what was fetched (see `requestKind` in search-cost.ts): the measured cause of a heavy query. */
  bytesByKind: Record<string, number>;
  /** The search page's own steps, in ms: loading Pagefind and the indexes, searching, showing the first results (their fragments). */
  msByStep: Record<string, number>;
  /** From the Enter keydown to the result list leaving aria-busy, measured inside the page. */
  ms: number;
  results: number;
}

export interface SearchCostFigures {
  /** Bytes of the empty /search/ page load before the query, for context; not part of the query cost. */
  pageLoadBytes: number;
  queries: QueryCost[];
  median: { bytes: number; ms: number; withFacetsBytes: number };
  max: { bytes: number; ms: number };
}

/** bytes: on disk or on the wire (decimal units); memory: resident memory (binary units). */
export type TargetUnit = 'seconds' | 'ms' | 'bytes' | 'memory' | 'share' | 'yes/no';

export interface TargetResult {
  id: string;
  label: string;
  /** The number of questions the issue states the target for. */
  size: number;
  unit: TargetUnit;
  measured: number | null;
  met: boolean | null;
  /** False when a larger site's target is compared with a smaller site, for orientation only. */
  exact: boolean;
  /** For a target not met: the measured figures behind the miss, and what would fix it. */
  cause: string | null;
}

export interface SiteRun {
  /** "sample" for the repository's own content, else the number of generated questions. */
  label: string;
  questions: number;
  corpusSeconds: number | null;
  coldBuild: BuildFigures | null;
  output: SizeFigures | null;
  searchIndex: SizeFigures | null;
  check: StepFigures | null;
  warmRebuild: WarmRebuildFigures | null;
  /** The warm rebuild after one new question, dated today, was added (after the edit's rebuild). */
  warmAdd: WarmRebuildFigures | null;
  /** Editors' preview: `npm run dev`'s first page, and an edited answer showing. */
  devPreview: DevPreviewFigures | null;
  outOfTheBox: OutOfTheBoxFigures | null;
  searchCost: SearchCostFigures | null;
  /** The search issue's query set on this site (generated sites have the sample mixed in). */
  recall: RecallFigures | null;
  targets: TargetResult[];
  /** The machine's 1-minute load average when the site's measurements began and ended: others' work on a shared machine slows every figure. */
  loadAverage: { start: number; end: number };
  errors: string[];
}

export interface Machine {
  cores: number;
  totalMemoryBytes: number;
  cpuModel: string;
  node: string;
  os: string;
  date: string;
}

export interface BenchResults {
  machine: Machine;
  options: { sizes: number[]; sample: boolean; outOfTheBox: boolean; seed: number };
  runs: SiteRun[];
}

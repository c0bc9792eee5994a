import type { BuildPhases, IndexWrite } from './results.ts';

/** One line of a child's output, stamped with when it arrived (ms since the child was spawned). */
export interface TimedLine {
  ms: number;
  text: string;
}

export interface ParsedBuildLog {
  phases: BuildPhases;
  /** From "[build] N page(s) built". */
  pages: number | null;
  /** From "[fawen:search-index] indexed N pages for search". */
  indexedPages: number | null;
  /** Each index the search step put into the site, in order: the measured cause when indexing is slow. */
  indexWrites: IndexWrite[];
  /** Marker lines that were not found, so a changed Astro log format shows up instead of silent nulls. */
  missing: string[];
}

// Astro's own HH:MM:SS stamps have one-second resolution, so the phases come from when each marker
// line arrived on the pipe instead. Markers are searched in order, each after the previous one,
// because "[build] ✓ Completed in" also ends the earlier "Collecting build info" step.
const MARKERS = {
  buildInfo: /\[build\] Collecting build info/,
  routesStart: /generating static routes/,
  routesEnd: /\[build\] ✓ Completed in/,
  // Logged after the pages: how long the answers took on their threads, beside bundling and rendering.
  answers: /\[fawen:content-check\] \d+ 篇解答：.*（(\d+(?:\.\d+)?) 秒）/,
  publishFiles: /\[fawen:publish-files\]/,
  // The last line of the index, after one line per shard.
  searchIndex: /\[fawen:search-index\] indexed (\d+) pages for search/,
  built: /\[build\] (\d+) page\(s\) built in/,
} as const;

type Marker = keyof typeof MARKERS;

// One line per shard or delta: "indexed 4000 pages into pagefind/shards/2/ (unchanged, from the cache)".
const INDEX_WRITE = /\[fawen:search-index\] indexed (\d+) pages into (\S+)( \(unchanged, from the cache\))?/;

const ANSI = /\x1b\[[0-9;]*[A-Za-z]/g;

export function stripAnsi(text: string): string {
  return text.replace(ANSI, '');
}

/** Splits the build's wall time into phases at Astro's and our integrations' log lines. */
export function parseBuildLog(lines: readonly TimedLine[], exitMs: number): ParsedBuildLog {
  const found = new Map<Marker, { at: number; line: TimedLine }>();
  const missing: string[] = [];
  let from = 0;
  const order: Marker[] = ['buildInfo', 'routesStart', 'answers', 'routesEnd', 'publishFiles', 'built', 'searchIndex'];
  for (const marker of order) {
    // Without the route heading, the next "Completed" could be any step's, so it is not trusted.
    if (marker === 'routesEnd' && !found.has('routesStart')) {
      missing.push(marker);
      continue;
    }
    const at = lines.findIndex((line, index) => index >= from && MARKERS[marker].test(stripAnsi(line.text)));
    if (at < 0) {
      missing.push(marker);
      continue;
    }
    found.set(marker, { at, line: lines[at]! });
    from = at + 1;
  }

  const ms = (marker: Marker) => found.get(marker)?.line.ms;
  const span = (start: number | undefined, end: number | undefined) =>
    start === undefined || end === undefined ? null : round((end - start) / 1000);
  const count = (marker: Marker) => {
    const line = found.get(marker)?.line;
    const match = line && MARKERS[marker].exec(stripAnsi(line.text));
    return match?.[1] === undefined ? null : Number(match[1]);
  };

  return {
    phases: {
      contentLoading: span(0, ms('buildInfo')),
      rendering: span(ms('buildInfo'), ms('routesEnd')),
      routeGeneration: span(ms('routesStart'), ms('routesEnd')),
      answerRendering: count('answers'),
      publishFiles: span(ms('routesEnd'), ms('publishFiles')),
      searchIndexing: span(ms('built'), ms('searchIndex')),
      finishing: sum(span(ms('publishFiles'), ms('built')), span(ms('searchIndex'), exitMs)),
    },
    pages: count('built'),
    indexedPages: count('searchIndex'),
    indexWrites: indexWrites(lines, found.get('built')),
    missing,
  };
}

/**
 * The search step's lines after Astro's last one: each index's time runs from the previous line, so
 * the first one also holds reading the built pages.
 */
function indexWrites(lines: readonly TimedLine[], built: { at: number; line: TimedLine } | undefined): IndexWrite[] {
  if (!built) return [];
  const writes: IndexWrite[] = [];
  let previous = built.line.ms;
  for (const line of lines.slice(built.at + 1)) {
    const match = INDEX_WRITE.exec(stripAnsi(line.text));
    if (!match) continue;
    writes.push({
      where: match[2]!,
      pages: Number(match[1]),
      seconds: round((line.ms - previous) / 1000),
      cached: match[3] !== undefined,
    });
    previous = line.ms;
  }
  return writes;
}

const round = (seconds: number) => Math.round(seconds * 1000) / 1000;
const sum = (a: number | null, b: number | null) => (a === null || b === null ? null : round(a + b));

import { describe, expect, it } from 'vitest';
import type { BenchResults, SiteRun } from '../../../bench/measure/results.ts';
import {
  formatBytes,
  formatMemory,
  formatSeconds,
  formatTable,
  report,
  targetLines,
  targetMark,
} from '../../../bench/measure/table.ts';
import { evaluateTargets } from '../../../bench/measure/targets.ts';

const phases = {
  contentLoading: 20,
  rendering: 30,
  routeGeneration: 25,
  answerRendering: 10,
  publishFiles: 1,
  searchIndexing: 9,
  finishing: 0.5,
};
const indexWrites = [
  { where: 'pagefind/shards/1/', pages: 2_000, seconds: 4, cached: false },
  { where: 'pagefind/shards/2/', pages: 8_000, seconds: 5, cached: true },
];
const memory = { peakRssBytes: 3 * 2 ** 30, sumOfProcessPeaksBytes: 3.2 * 2 ** 30 };

function run(questions: number, overrides: Partial<SiteRun> = {}): SiteRun {
  const base: SiteRun = {
    label: String(questions),
    questions,
    corpusSeconds: 1,
    coldBuild: {
      ok: true,
      seconds: 61.25,
      exitCode: 0,
      ...memory,
      phases,
      indexWrites,
      pages: questions + 200,
      indexedPages: questions,
    },
    output: { bytes: 123_456_789, files: 12_345 },
    searchIndex: { bytes: 45_600_000, files: 2_000 },
    check: { ok: true, seconds: 4.2, exitCode: 0, ...memory },
    warmRebuild: {
      ok: true,
      seconds: 14,
      exitCode: 0,
      ...memory,
      phases,
      indexWrites,
      pages: 10_200,
      indexedPages: 10_000,
      editedFile: 'questions/a.md',
    },
    warmAdd: {
      ok: true,
      seconds: 15.5,
      exitCode: 0,
      ...memory,
      phases,
      indexWrites,
      pages: 10_201,
      indexedPages: 10_001,
      editedFile: 'questions/bench-added-question.md',
    },
    devPreview: { ok: true, readySeconds: 2, firstPageSeconds: 9.5, editShowsSeconds: 2.5 },
    outOfTheBox: null,
    recall: { queries: 221, fawen: 0.95, outOfTheBox: 0.5, misses: [] },
    searchCost: {
      pageLoadBytes: 11_000,
      queries: [],
      median: { bytes: 149_999, ms: 310, withFacetsBytes: 180_000 },
      max: { bytes: 200_000, ms: 400 },
    },
    targets: [],
    loadAverage: { start: 1.5, end: 2.25 },
    errors: [],
    ...overrides,
  };
  return { ...base, targets: evaluateTargets(base) };
}

describe('units', () => {
  it('formats seconds, memory (binary) and sizes (decimal)', () => {
    expect(formatSeconds(1.234)).toBe('1.23 s');
    expect(formatSeconds(61.25)).toBe('61.3 s');
    expect(formatSeconds(null)).toBe('—');
    expect(formatMemory(512 * 2 ** 20)).toBe('512 MiB');
    expect(formatMemory(4 * 2 ** 30)).toBe('4.00 GiB');
    expect(formatBytes(999)).toBe('999 B');
    expect(formatBytes(150_000)).toBe('150.0 KB');
    expect(formatBytes(123_456_789)).toBe('123.5 MB');
  });
});

describe('formatTable', () => {
  it('pads every column to its widest cell, the first left-aligned and the rest right-aligned', () => {
    const table = formatTable(
      ['site', 'seconds'],
      [
        ['sample', '1.00 s'],
        ['10,000', '61.3 s'],
      ],
    );
    expect(table.split('\n')).toEqual(['site    seconds', '------  -------', 'sample   1.00 s', '10,000   61.3 s']);
  });
});

describe('targets', () => {
  it('marks the targets of the run’s own size ✓ or ✗, comparing the figure the issue names', () => {
    const targets = run(10_000).targets;
    const met = Object.fromEntries(targets.map((target) => [target.id, target.met]));
    expect(met).toEqual({
      'cold-build-seconds': false,
      'cold-build-peak': true,
      'warm-rebuild-seconds': true,
      'warm-add-seconds': false,
      'cold-index-seconds': true,
      'warm-edit-index-seconds': false,
      'warm-add-index-seconds': false,
      'check-seconds': true,
      'first-query-bytes': true,
      'first-query-ms': true,
      'recall-at-scale': true,
      'recall-vs-out-of-the-box': true,
      'dev-first-page-seconds': true,
      'dev-edit-seconds': false,
    });
    expect(targets.every((target) => target.exact)).toBe(true);
    expect(targetMark(targets[0]!)).toBe(' ✗ ');
  });

  it('holds a run of 10,000 generated questions with the sample mixed in to the 10,000-question targets', () => {
    const mixed = { ...run(10_000), questions: 10_021 };
    expect(evaluateTargets(mixed).every((target) => target.exact && target.size === 10_000)).toBe(true);
    expect(evaluateTargets(mixed)).toHaveLength(14);
  });

  it('compares a smaller site with the 10,000-question targets in parentheses, and never with the 100,000 ones', () => {
    const targets = run(1000).targets;
    expect(targets).toHaveLength(14);
    expect(targets.every((target) => !target.exact && target.size === 10_000)).toBe(true);
    expect(targetMark(targets[1]!)).toBe('(✓)');
  });

  it('checks the 100,000-question site for build time, peak memory, a warm rebuild, the first query, recall and the check', () => {
    const ids = run(100_000).targets.map((target) => target.id);
    expect(ids).toEqual([
      'big-build-seconds',
      'big-build-peak',
      'big-warm-rebuild-seconds',
      'big-first-query-bytes',
      'big-first-query-ms',
      'big-recall',
      'big-check-seconds',
    ]);
    const failed = run(100_000, { coldBuild: null, warmRebuild: null, check: null, searchCost: null, recall: null });
    expect(failed.targets.map((target) => target.met)).toEqual([null, null, null, null, null, null, null]);
  });

  it('lists each target with its measured figure', () => {
    const text = targetLines([run(10_000)]);
    expect(text).toContain('10,000   ✗   cold build ≤ 60 s (for 10,000 questions)');
    expect(text).toMatch(/first query ≤ 200 KB \(median\) \(for 10,000 questions\)\s+150\.0 KB/);
    expect(text).toMatch(/cold build peak memory < 4 GiB .*3\.00 GiB/);
  });

  it('gives a missed target the measured cause on the next line, largest phase first, and none to a met one', () => {
    const lines = targetLines([run(10_000)]).split('\n');
    const cold = lines.findIndex((line) => line.includes('cold build ≤ 60 s'));
    expect(lines[cold + 1]).toMatch(
      /^\s+why: bundling and rendering 30\.0 s \(answers on their thread 10\.0 s\), start-up and content check 20\.0 s, search index 9\.00 s, sitemap and site files 1\.00 s, .*0\.50 s\. Largest: bundling and rendering: /,
    );
    const peak = lines.findIndex((line) => line.includes('peak memory'));
    expect(lines[peak + 1]).not.toContain('why:');
  });

  it('explains a slow preview by when its server was ready and what it does after', () => {
    const cause = run(10_000).targets.find((target) => target.id === 'dev-edit-seconds')!.cause;
    expect(cause).toMatch(/^server ready after 2\.00 s, home page 7\.50 s later .*, edit shown 2\.50 s after saving/);
  });

  it('explains slow indexing by each index written or linked, per page written', () => {
    const cause = run(10_000).targets.find((target) => target.id === 'warm-edit-index-seconds')!.cause;
    expect(cause).toMatch(
      /^pagefind\/shards\/1\/ 2,000 pages 4\.00 s, pagefind\/shards\/2\/ 8,000 pages 5\.00 s \(from the cache\); 2\.0 ms a page written\. Pagefind/,
    );
  });

  it('explains a heavy first query by what the median query fetched, and missed recall by its queries', () => {
    const query = (name: string, bytes: number) => ({
      query: name,
      bytes,
      withFacetsBytes: bytes,
      requests: 7,
      bytesByKind: { 'index chunks': bytes - 100_000, 'Pagefind script and WebAssembly': 100_000 },
      ms: bytes / 1000,
      msByStep: { load: 100, search: bytes / 1000 - 150, show: 50 },
      results: 10,
    });
    const heavy = run(10_000, {
      searchCost: {
        pageLoadBytes: 11_000,
        queries: [query('甲', 300_000), query('乙', 250_000), query('丙', 400_000)],
        median: { bytes: 300_000, ms: 900, withFacetsBytes: 300_000 },
        max: { bytes: 400_000, ms: 900 },
      },
      recall: { queries: 221, fawen: 0.9, outOfTheBox: 0.5, misses: ['保护令: 8th'] },
    });
    const cause = (id: string) => heavy.targets.find((target) => target.id === id)!.cause;
    expect(cause('first-query-bytes')).toMatch(
      /^“甲”: 300\.0 KB in 7 requests \(index chunks 200\.0 KB, Pagefind script and WebAssembly 100\.0 KB\)\. /,
    );
    expect(cause('first-query-ms')).toMatch(
      /^“甲”: 300 ms from Enter to results \(loading Pagefind, .* 100 ms, counting .* 150 ms, the first results’ fragments 50 ms\), 7 requests\. /,
    );
    expect(cause('recall-at-scale')).toBe('1 missed: 保护令: 8th');
  });
});

describe('report', () => {
  it('prints the machine, one row per site in each table, the targets and any errors', () => {
    const results: BenchResults = {
      machine: {
        cores: 2,
        totalMemoryBytes: 24 * 2 ** 30,
        cpuModel: 'Test CPU',
        node: 'v24.0.0',
        os: 'Linux',
        date: '2026-01-01T00:00:00.000Z',
      },
      options: { sizes: [10_000], sample: true, outOfTheBox: false, seed: 1 },
      runs: [run(21, { label: 'sample' }), run(10_000, { errors: ['warm rebuild failed: exit 1'], warmRebuild: null })],
    };
    const text = report(results);
    expect(text).toContain('machine: 2 cores, 24.00 GiB, Test CPU, Node v24.0.0');
    const rows = text.split('\n').filter((line) => /^(sample|10,000)\s{2}/.test(line));
    // Two tables plus the target lines.
    expect(rows.filter((line) => line.startsWith('sample')).length).toBeGreaterThanOrEqual(2);
    expect(text).toMatch(
      /^10,000\s+10,000\s+10,200\s+61\.3 s\s+20\.0 s\s+30\.0 s\s+1\.00 s\s+9\.00 s\s+3\.00 GiB\s+—/m,
    );
    expect(text).toContain('10,000: warm rebuild failed: exit 1');
    expect(text).toContain('sample 1.5 → 2.25, 10,000 1.5 → 2.25');
  });
});

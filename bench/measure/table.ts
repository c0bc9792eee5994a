import type { BenchResults, BuildFigures, SiteRun, SizeFigures, TargetResult } from './results.ts';

// Memory in binary units, because the targets are stated in GiB; sizes on disk and on the wire in
// decimal units, as file managers and browsers' network panels show them.

const DASH = '—';

export function formatSeconds(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds)) return DASH;
  return seconds < 10 ? `${seconds.toFixed(2)} s` : `${seconds.toFixed(1)} s`;
}

export function formatMs(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return DASH;
  return `${Math.round(ms)} ms`;
}

export function formatMemory(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined || !Number.isFinite(bytes)) return DASH;
  const mib = bytes / 2 ** 20;
  return mib < 1024 ? `${Math.round(mib)} MiB` : `${(mib / 1024).toFixed(2)} GiB`;
}

export function formatBytes(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined || !Number.isFinite(bytes)) return DASH;
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1e6) return `${(bytes / 1e3).toFixed(1)} KB`;
  if (bytes < 1e9) return `${(bytes / 1e6).toFixed(1)} MB`;
  return `${(bytes / 1e9).toFixed(2)} GB`;
}

export function formatSize(size: SizeFigures | null | undefined): string {
  return size ? `${formatBytes(size.bytes)} / ${size.files.toLocaleString('en-US')} files` : DASH;
}

/**
 * Columns padded to their widest cell, numbers right-aligned. Every cell here is ASCII or a symbol
 * one column wide, so string length is display width.
 */
export function formatTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  // The first column names the site; the others are figures.
  const pad = (cell: string, column: number) =>
    column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!);
  const line = (cells: readonly string[]) =>
    headers
      .map((_, column) => pad(cells[column] ?? '', column))
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

const site = (run: SiteRun) => (run.label === 'sample' ? 'sample' : run.questions.toLocaleString('en-US'));
const okSeconds = (step: { ok: boolean; seconds: number } | null) =>
  !step ? DASH : step.ok ? formatSeconds(step.seconds) : 'FAILED';
const phase = (build: BuildFigures | null, name: keyof BuildFigures['phases']) =>
  build?.ok ? formatSeconds(build.phases[name]) : DASH;

export function buildTable(runs: readonly SiteRun[]): string {
  return formatTable(
    [
      'site',
      'questions',
      'pages',
      'cold build',
      'content',
      'render',
      'site files',
      'search idx',
      'peak RSS',
      'warm rebuild',
      'warm peak',
      'warm add',
      'output',
      'search index',
    ],
    runs.map((run) => [
      site(run),
      run.questions.toLocaleString('en-US'),
      run.coldBuild?.pages?.toLocaleString('en-US') ?? DASH,
      okSeconds(run.coldBuild),
      phase(run.coldBuild, 'contentLoading'),
      phase(run.coldBuild, 'rendering'),
      phase(run.coldBuild, 'publishFiles'),
      phase(run.coldBuild, 'searchIndexing'),
      formatMemory(run.coldBuild?.peakRssBytes),
      okSeconds(run.warmRebuild),
      formatMemory(run.warmRebuild?.peakRssBytes),
      okSeconds(run.warmAdd),
      formatSize(run.output),
      formatSize(run.searchIndex),
    ]),
  );
}

export function checkAndSearchTable(runs: readonly SiteRun[]): string {
  return formatTable(
    [
      'site',
      'check',
      'check peak',
      '1st query median',
      '+ facets',
      '1st query max',
      'search page load',
      'recall@5',
      'dev 1st page',
      'dev edit',
      'pagefind OOB',
      'OOB peak',
      'OOB index',
      'OOB recall@5',
    ],
    runs.map((run) => {
      const cost = run.searchCost;
      return [
        site(run),
        okSeconds(run.check),
        formatMemory(run.check?.peakRssBytes),
        cost ? `${formatBytes(cost.median.bytes)} / ${formatMs(cost.median.ms)}` : DASH,
        cost ? formatBytes(cost.median.withFacetsBytes) : DASH,
        cost ? `${formatBytes(cost.max.bytes)} / ${formatMs(cost.max.ms)}` : DASH,
        cost ? formatBytes(cost.pageLoadBytes) : DASH,
        formatShare(run.recall?.fawen),
        devFigure(run, 'firstPageSeconds'),
        devFigure(run, 'editShowsSeconds'),
        okSeconds(run.outOfTheBox),
        formatMemory(run.outOfTheBox?.peakRssBytes),
        formatSize(run.outOfTheBox?.index),
        formatShare(run.recall?.outOfTheBox),
      ];
    }),
  );
}

const devFigure = (run: SiteRun, figure: 'firstPageSeconds' | 'editShowsSeconds') =>
  !run.devPreview ? DASH : run.devPreview.ok ? formatSeconds(run.devPreview[figure]) : 'FAILED';

const formatShare = (share: number | null | undefined) =>
  share === null || share === undefined ? DASH : `${(share * 100).toFixed(1)}%`;

export function formatMeasured(target: TargetResult): string {
  if (target.measured === null) return 'not measured';
  switch (target.unit) {
    case 'seconds':
      return formatSeconds(target.measured);
    case 'ms':
      return formatMs(target.measured);
    case 'bytes':
      return formatBytes(target.measured);
    case 'memory':
      return formatMemory(target.measured);
    case 'share':
      return formatShare(target.measured);
    case 'yes/no':
      return target.measured ? 'yes' : 'no';
  }
}

/** ✓/✗ for a target stated for the run's size; in parentheses when a bigger site's target is only compared. */
export function targetMark(target: TargetResult): string {
  const mark = target.met === null ? '?' : target.met ? '✓' : '✗';
  return target.exact ? ` ${mark} ` : `(${mark})`;
}

export function targetLines(runs: readonly SiteRun[]): string {
  const rows = runs.flatMap((run) =>
    run.targets.map((target) => ({
      cells: [
        site(run),
        targetMark(target),
        `${target.label} (for ${target.size.toLocaleString('en-US')} questions)`,
        formatMeasured(target),
      ],
      cause: target.cause,
    })),
  );
  if (rows.length === 0) return '';
  const width = (column: number) => Math.max(...rows.map((row) => row.cells[column]!.length));
  return rows
    .flatMap(({ cells, cause }) => [
      `${cells[0]!.padEnd(width(0))}  ${cells[1]}  ${cells[2]!.padEnd(width(2))}  ${cells[3]}`,
      ...(cause ? [`${' '.repeat(width(0) + 7)}why: ${cause}`] : []),
    ])
    .join('\n');
}

export function report(results: BenchResults): string {
  const { machine } = results;
  const parts = [
    `machine: ${machine.cores} cores, ${formatMemory(machine.totalMemoryBytes)}, ${machine.cpuModel}, ` +
      `Node ${machine.node}, ${machine.os}, ${machine.date}`,
    '',
    'Builds (cold: empty cache and output folder; phases split at Astro log lines, see bench/measure/results.ts)',
    buildTable(results.runs),
    '',
    'Check, search cost in Chromium (first query in a fresh context: bytes on the wire / time to results) and Pagefind out of the box',
    checkAndSearchTable(results.runs),
  ];
  const targets = targetLines(results.runs);
  if (targets) {
    parts.push(
      '',
      'Targets from the issues: ✓ met, ✗ not met; (✓)/(✗): a bigger site’s target compared with this smaller site, for orientation only',
      targets,
    );
  }
  parts.push(
    '',
    `1-minute load average (start → end of each site; above ${results.machine.cores} the figures include waiting for the CPU): ` +
      results.runs.map((run) => `${site(run)} ${run.loadAverage.start} → ${run.loadAverage.end}`).join(', '),
  );
  const errors = results.runs.flatMap((run) => run.errors.map((error) => `${site(run)}: ${error}`));
  if (errors.length) parts.push('', 'Errors', ...errors);
  return parts.join('\n');
}

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BenchResults, SiteRun } from '../../bench/measure/results.ts';
import { repoRoot } from '../helpers/build.ts';
import { shellEnv } from '../helpers/shell-env.ts';

describe('the bench', () => {
  // A smoke test: the whole benchmark on a tiny generated site, so a change that breaks a measurement
  // (a renamed log line, a moved output folder) is caught. No timing is asserted: figures on a shared
  // 2-core test machine say nothing, and missing a target must never fail the tests. The search in
  // Chromium is skipped here, so this file runs beside the browser suites without a second Cloudflare
  // runtime; the search suite measures its first query with the bench's own code instead.

  let work: string;
  let code: number | null;
  let output = '';
  let results: BenchResults;
  let run: SiteRun;
  let leftBehind: string[];

  const benchFolders = () => [
    ...fs.readdirSync(tmpdir()).filter((name) => /^fawen-bench-(?!test-)/.test(name)),
    ...(fs.existsSync(path.join(repoRoot, '.tmp'))
      ? fs.readdirSync(path.join(repoRoot, '.tmp')).filter((name) => name.startsWith('bench-cwd-'))
      : []),
  ];

  beforeAll(async () => {
    work = fs.mkdtempSync(path.join(tmpdir(), 'fawen-bench-test-'));
    const out = path.join(work, 'results.json');
    const before = new Set(benchFolders());
    code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(
        process.execPath,
        [
          path.join(repoRoot, 'bench/run.ts'),
          '--sizes',
          '40',
          '--skip-oob',
          '--skip-search',
          '--no-sample',
          '--out',
          out,
        ],
        // As from a shell: the bench's `npm run dev` step must not inherit Vitest's test mode.
        { cwd: repoRoot, env: shellEnv(), stdio: ['ignore', 'pipe', 'pipe'] },
      );
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      child.on('error', reject);
      child.on('close', resolve);
    });
    leftBehind = benchFolders().filter((name) => !before.has(name));
    if (fs.existsSync(out)) {
      results = JSON.parse(fs.readFileSync(out, 'utf8')) as BenchResults;
      run = results.runs[0]!;
    }
  }, 180_000);

  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  describe('npm run bench', () => {
    it('exits 0 and prints the tables', () => {
      expect(code, output).toBe(0);
      expect(output).toMatch(/^site\s+questions\s+pages\s+cold build/m);
      expect(output).toMatch(/^61\s+61\s+\d+/m);
    });

    it('records the machine and one run for the one size asked for', () => {
      expect(results.machine.cores).toBeGreaterThan(0);
      expect(results.machine.node).toMatch(/^v\d+/);
      expect(results.options).toMatchObject({ sizes: [40], sample: false, outOfTheBox: false });
      expect(results.runs.map((r) => r.label)).toEqual(['40']);
      // The sample's 21 questions are mixed into every generated site.
      expect(run.questions).toBe(61);
      expect(run.recall).toBeNull();
      expect(run.errors).toEqual([]);
      expect(run.loadAverage.start).toBeGreaterThanOrEqual(0);
    });

    it('splits the cold build into positive phases and measures its process tree', () => {
      const build = run.coldBuild!;
      expect(build.ok).toBe(true);
      for (const phase of ['contentLoading', 'rendering', 'publishFiles', 'searchIndexing'] as const) {
        expect(build.phases[phase], phase).toBeGreaterThan(0);
      }
      expect(build.seconds).toBeGreaterThan(0);
      expect(build.peakRssBytes).toBeGreaterThan(0);
      expect(build.indexedPages).toBe(61);
      expect(build.pages).toBeGreaterThan(61);
    });

    it('measures output and index size, check and warm rebuilds', () => {
      expect(run.output!.bytes).toBeGreaterThan(0);
      expect(run.searchIndex!.files).toBeGreaterThan(0);
      expect(run.check).toMatchObject({ ok: true });
      expect(run.check!.seconds).toBeGreaterThan(0);
      expect(run.check!.peakRssBytes).toBeGreaterThan(0);
      expect(run.warmRebuild).toMatchObject({ ok: true });
      expect(run.warmRebuild!.editedFile).toMatch(/^questions\/.+\.md$/);
      expect(run.warmRebuild!.phases.rendering).toBeGreaterThan(0);
      expect(run.warmAdd).toMatchObject({ ok: true, editedFile: expect.stringMatching(/bench-added-question\.md$/) });
      expect(run.outOfTheBox).toBeNull();
      expect(run.searchCost).toBeNull();
    });

    it('times npm run dev: the server ready, then its first page, then an edited answer shown', () => {
      const dev = run.devPreview!;
      expect(dev, dev.error).toMatchObject({ ok: true });
      expect(dev.readySeconds).toBeGreaterThan(0);
      expect(dev.firstPageSeconds).toBeGreaterThan(dev.readySeconds!);
      expect(dev.editShowsSeconds).toBeGreaterThan(0);
      expect(output).toMatch(/^site\s+check\s+.*dev 1st page\s+dev edit/m);
    });

    it('lists the targets next to the figures without failing on them', () => {
      expect(run.targets.map((target) => target.id)).toContain('cold-build-seconds');
      // The search in Chromium was skipped (--skip-search): its targets stay unmeasured, every other one has a figure.
      const searched = ['first-query-bytes', 'first-query-ms', 'recall-at-scale', 'recall-vs-out-of-the-box'];
      const measured = run.targets.filter((target) => !searched.includes(target.id));
      expect(measured.every((target) => target.met !== null)).toBe(true);
      expect(run.targets.filter((target) => searched.includes(target.id)).map((target) => target.met)).toEqual([
        null,
        null,
        null,
        null,
      ]);
    });

    it('leaves no temporary folder behind', () => {
      expect(leftBehind).toEqual([]);
    });
  });
});

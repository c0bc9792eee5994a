// npm run bench [-- --sizes 1000,10000] [--out bench/results.json] [--skip-oob] [--skip-recall] [--skip-search] [--skip-warm] [--skip-dev] [--keep] [--no-sample] [--seed S]
//
// Measures the real build on the sample site and on generated corpora: cold build (time by phase,
// peak memory of the whole process tree), output and search-index size, `npm run check`, a warm
// rebuild after one edited sentence, Pagefind out of the box on the same pages, and the cost of a
// reader's first search in Chromium. Prints tables and writes every figure to --out. Missing a
// target is a finding, not a failure: the exit code is non-zero only when a step itself fails.

import fs from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { directorySize } from './measure/dir-size.ts';
import { EDIT_MARK, editOneSentence, newQuestion } from './corpus/edit-answer.ts';
import { measureDevPreview, type DevEdit } from './measure/dev-preview.ts';
import { machineInfo } from './measure/machine.ts';
import { parseBuildLog } from './measure/phases.ts';
import type { BenchResults, BuildFigures, SiteRun, StepFigures, WarmRebuildFigures } from './measure/results.ts';
import { runMeasured, type MeasuredRun } from './measure/run-measured.ts';
import { mixInSample } from './corpus/mix-sample.ts';
import { measureSearchCost } from './measure/search-cost.ts';
import { defaultRecallQueries, measureRecall } from './measure/search-recall.ts';
import { launchChromium, startSiteServer } from '../src/serve/local-site.ts';
import { removeFolder } from '../src/shared/remove-folder.ts';
import { evaluateTargets } from './measure/targets.ts';
import { report } from './measure/table.ts';

const repoRoot = path.resolve(import.meta.dirname, '..');
const node = process.execPath;
const USAGE =
  'usage: node bench/run.ts [--sizes 1000,10000] [--out bench/results.json] [--skip-oob] [--skip-recall] [--skip-search] [--skip-warm] [--skip-dev] [--keep] [--no-sample] [--seed S]';

// Queries of tests/e2e/search-queries.yaml that the sample answers; generated sites get topic words that
// occur in generated titles and answers.
const SAMPLE_QUERIES = ['商业秘密', '无证驾驶', '民法典第577条', '失业金', '判决生效'];
const CORPUS_QUERIES = ['商业秘密', '离婚', '交通事故', '养老金', '拘留'];

// Astro prints one line per page; only the rest is needed for the phases.
const ROUTE_LINE = /^\S*\s*[├└]─/;

interface Options {
  sizes: number[];
  out: string;
  outOfTheBox: boolean;
  recall: boolean;
  /** Whether the built site is searched in Chromium at all (first query, recall). */
  search: boolean;
  warm: boolean;
  /** Whether `npm run dev` is measured (first page, an edit showing). */
  dev: boolean;
  keep: boolean;
  sample: boolean;
  seed: number;
}

function readOptions(): Options {
  const { values } = parseArgs({
    allowNegative: true,
    options: {
      sizes: { type: 'string', default: '1000,10000' },
      out: { type: 'string', default: 'bench/results.json' },
      'skip-oob': { type: 'boolean', default: false },
      'skip-recall': { type: 'boolean', default: false },
      'skip-search': { type: 'boolean', default: false },
      'skip-warm': { type: 'boolean', default: false },
      'skip-dev': { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      sample: { type: 'boolean', default: true },
      seed: { type: 'string', default: '1' },
    },
  });
  const sizes = values.sizes
    .split(',')
    .map((size) => size.trim())
    .filter(Boolean)
    .map((size) => {
      if (!/^\d+$/.test(size) || Number(size) < 1)
        throw new TypeError(`--sizes takes positive integers, got “${size}”`);
      return Number(size);
    });
  if (!/^\d+$/.test(values.seed)) throw new TypeError(`--seed takes an integer, got “${values.seed}”`);
  return {
    sizes,
    out: path.resolve(values.out),
    outOfTheBox: !values['skip-oob'],
    recall: !values['skip-recall'] && !values['skip-search'],
    search: !values['skip-search'],
    warm: !values['skip-warm'],
    dev: !values['skip-dev'],
    keep: values.keep,
    sample: values.sample,
    seed: Number(values.seed),
  };
}

const progress = (label: string, message: string) => console.error(`[bench] ${label}: ${message}`);

function buildEnv(content: string, dist: string, cache: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    FAWEN_CONTENT: content,
    FAWEN_OUT_DIR: dist,
    FAWEN_CACHE_DIR: cache,
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
  };
  delete env.FORCE_COLOR;
  return env;
}

function failure(run: MeasuredRun): string {
  return `exit ${run.exitCode ?? run.signal}:\n${run.tail.join('\n')}`;
}

function stepFigures(run: MeasuredRun): StepFigures {
  const ok = run.exitCode === 0;
  return {
    ok,
    seconds: Math.round(run.ms) / 1000,
    exitCode: run.exitCode,
    peakRssBytes: run.peakRssBytes,
    sumOfProcessPeaksBytes: run.sumOfProcessPeaksBytes,
    ...(ok ? {} : { error: failure(run) }),
  };
}

/**
 * The real `astro build` of this repository. It runs from a scratch folder inside the repository
 * (with --root pointing back): Astro puts its prerender chunks under `<cwd>/.astro/` when the output
 * folder lies outside the working directory, and in the repository's own `.astro/` concurrent
 * builds (tests, editors) delete each other's chunks. Inside the repository, the chunks still find
 * node_modules.
 */
async function build(env: NodeJS.ProcessEnv, scratch: string): Promise<BuildFigures> {
  const run = await runMeasured(node, [path.join(repoRoot, 'scripts/build.ts')], {
    cwd: scratch,
    env,
    keepLine: (text) => !ROUTE_LINE.test(text),
  });
  const parsed = parseBuildLog(run.lines, run.ms);
  const figures = {
    ...stepFigures(run),
    phases: parsed.phases,
    indexWrites: parsed.indexWrites,
    pages: parsed.pages,
    indexedPages: parsed.indexedPages,
  };
  if (figures.ok && parsed.missing.length) {
    // A changed log format must not silently turn phases into nulls.
    progress('build', `log markers not found: ${parsed.missing.join(', ')}`);
  }
  return figures;
}

/** The generator's CLI, so the corpus is exactly what `npm run bench:corpus` writes. */
async function generateCorpus(count: number, seed: number, out: string): Promise<number> {
  const run = await runMeasured(
    node,
    [path.join(repoRoot, 'bench/make-corpus.ts'), '--count', String(count), '--out', out, '--seed', String(seed)],
    { cwd: repoRoot, env: process.env },
  );
  if (run.exitCode !== 0) throw new Error(`bench:corpus failed, ${failure(run)}`);
  return Math.round(run.ms) / 1000;
}

async function measureSite(
  label: string,
  work: string,
  scratch: string,
  options: Options,
  browser: () => Promise<Browser>,
): Promise<SiteRun> {
  const dir = path.join(work, label);
  const content = path.join(dir, 'content');
  const dist = path.join(dir, 'dist');
  const cache = path.join(dir, 'cache');
  fs.mkdirSync(dir, { recursive: true });
  const run = emptyRun(label);

  if (label === 'sample') {
    // A copy, so the warm rebuild's edit never touches the repository's own content.
    fs.cpSync(path.join(repoRoot, 'content'), content, { recursive: true });
  } else {
    progress(label, 'generating corpus');
    run.corpusSeconds = await generateCorpus(Number(label), options.seed, content);
    progress(label, `mixed in ${mixInSample(path.join(repoRoot, 'content'), content)} sample questions`);
  }
  const questions = fs.globSync('questions/**/*.md', { cwd: content }).sort();
  run.questions = questions.length;
  const env = buildEnv(content, dist, cache);

  progress(label, `cold build of ${run.questions} questions`);
  fs.rmSync(cache, { recursive: true, force: true });
  fs.rmSync(dist, { recursive: true, force: true });
  run.coldBuild = await build(env, scratch);
  progress(label, `cold build ${run.coldBuild.ok ? `${run.coldBuild.seconds} s` : 'FAILED'}`);
  if (!run.coldBuild.ok) {
    run.errors.push(`cold build failed: ${run.coldBuild.error}`);
    return finish(run);
  }
  run.output = directorySize(dist);
  run.searchIndex = directorySize(path.join(dist, 'pagefind'));

  // Inside the site, so the recall measurement can load it beside Fawen's own index.
  const oob = path.join(dist, 'pagefind-oob');
  if (options.outOfTheBox) {
    progress(label, 'Pagefind out of the box');
    const measured = await runMeasured(
      node,
      [path.join(repoRoot, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', dist, '--output-path', oob],
      { cwd: repoRoot, env: process.env },
    );
    run.outOfTheBox = { ...stepFigures(measured), index: measured.exitCode === 0 ? directorySize(oob) : null };
    if (!run.outOfTheBox.ok) run.errors.push(`Pagefind out of the box failed: ${run.outOfTheBox.error}`);
  }

  if (options.search) {
    try {
      const preview = await startSiteServer(repoRoot, dist);
      try {
        progress(label, 'search cost in Chromium');
        run.searchCost = await measureSearchCost(
          await browser(),
          preview.url,
          label === 'sample' ? SAMPLE_QUERIES : CORPUS_QUERIES,
        );
        if (options.recall) {
          progress(label, 'recall@5 of the query set in Chromium');
          run.recall = await measureRecall(
            await browser(),
            preview.url,
            defaultRecallQueries(repoRoot),
            run.outOfTheBox?.ok ? '/pagefind-oob/' : undefined,
          );
        }
      } finally {
        await preview.stop();
      }
    } catch (caught) {
      run.errors.push(`search in Chromium: ${(caught as Error).message}`);
    }
  }

  progress(label, 'npm run check');
  run.check = stepFigures(await runMeasured(node, [path.join(repoRoot, 'scripts/check.ts')], { cwd: repoRoot, env }));
  if (!run.check.ok) run.errors.push(`check failed: ${run.check.error}`);

  if (options.warm) {
    progress(label, 'warm rebuild after editing one answer');
    run.warmRebuild = await warmRebuild(content, questions, env, scratch);
    if (run.warmRebuild && !run.warmRebuild.ok) run.errors.push(`warm rebuild failed: ${run.warmRebuild.error}`);
    if (!run.warmRebuild) run.errors.push('warm rebuild: no answer has a sentence that can be edited safely');
    progress(label, 'warm rebuild after adding one question');
    run.warmAdd = await warmAdd(content, questions, env, scratch);
    if (!run.warmAdd.ok) run.errors.push(`warm rebuild after an added question failed: ${run.warmAdd.error}`);
  }

  // Last: the preview may write to the build cache, which must not help the warm rebuilds.
  if (options.dev) {
    progress(label, 'npm run dev: first page, then an edited answer');
    const edit = devEdit(content, questions);
    if (edit) {
      run.devPreview = await measureDevPreview({ node, repoRoot, cwd: scratch, env, content, edit });
      if (!run.devPreview.ok) run.errors.push(`npm run dev: ${run.devPreview.error}`);
    } else run.errors.push('npm run dev: no answer has a sentence that can be edited safely');
  }

  return finish(run);
}

async function warmRebuild(
  content: string,
  questions: readonly string[],
  env: NodeJS.ProcessEnv,
  scratch: string,
): Promise<WarmRebuildFigures | null> {
  for (const file of questions) {
    const target = path.join(content, file);
    const original = fs.readFileSync(target, 'utf8');
    const edited = editOneSentence(original);
    if (edited === undefined) continue;
    fs.writeFileSync(target, edited);
    try {
      return { ...(await build(env, scratch)), editedFile: file };
    } finally {
      fs.writeFileSync(target, original);
    }
  }
  return null;
}

/**
 * An editor's new question: a copy of the first question under a new file name, with a new title,
 * published today, so it becomes the newest question of the site. Removed again afterwards.
 */
async function warmAdd(
  content: string,
  questions: readonly string[],
  env: NodeJS.ProcessEnv,
  scratch: string,
): Promise<WarmRebuildFigures> {
  const file = path.join(path.dirname(questions[0]!), 'bench-added-question.md');
  const target = path.join(content, file);
  fs.writeFileSync(target, newQuestion(fs.readFileSync(path.join(content, questions[0]!), 'utf8')));
  try {
    return { ...(await build(env, scratch)), editedFile: file };
  } finally {
    fs.rmSync(target, { force: true });
  }
}

/** The first answer with a sentence that can be edited safely, edited as an editor would. */
function devEdit(content: string, questions: readonly string[]): DevEdit | undefined {
  for (const file of questions) {
    const edited = editOneSentence(fs.readFileSync(path.join(content, file), 'utf8'));
    if (edited !== undefined) return { file, edited, mark: EDIT_MARK };
  }
  return undefined;
}

function finish(run: SiteRun): SiteRun {
  run.targets = evaluateTargets(run);
  run.loadAverage.end = loadAverage();
  return run;
}

function writeResults(out: string, results: BenchResults): void {
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
}

async function main(): Promise<number> {
  let options: Options;
  try {
    options = readOptions();
  } catch (caught) {
    console.error(`${(caught as Error).message}\n${USAGE}`);
    return 2;
  }
  const results: BenchResults = {
    machine: machineInfo(),
    options: { sizes: options.sizes, sample: options.sample, outOfTheBox: options.outOfTheBox, seed: options.seed },
    runs: [],
  };
  const labels = [...(options.sample ? ['sample'] : []), ...options.sizes.map(String)];
  const work = fs.mkdtempSync(path.join(tmpdir(), 'fawen-bench-'));
  fs.mkdirSync(path.join(repoRoot, '.tmp'), { recursive: true });
  const scratch = fs.mkdtempSync(path.join(repoRoot, '.tmp', 'bench-cwd-'));
  let chromium: Promise<Browser> | undefined;
  const browser = () => (chromium ??= launchChromium());
  let failed = false;
  try {
    for (const label of labels) {
      let run: SiteRun;
      try {
        run = await measureSite(label, work, scratch, options, browser);
      } catch (caught) {
        run = { ...emptyRun(label), errors: [(caught as Error).stack ?? String(caught)] };
      }
      failed ||= run.errors.length > 0;
      results.runs.push(run);
      // Written after every site, so a long run that dies late still leaves its figures.
      writeResults(options.out, results);
      if (!options.keep) await removeFolder(path.join(work, label));
    }
  } finally {
    if (chromium) await (await chromium).close();
    await removeFolder(scratch);
    if (options.keep) console.error(`[bench] kept ${work}`);
    else await removeFolder(work);
  }
  console.log(report(results));
  console.log(`\nwrote ${path.relative(process.cwd(), options.out) || options.out}`);
  return failed ? 1 : 0;
}

function emptyRun(label: string): SiteRun {
  return {
    label,
    questions: 0,
    corpusSeconds: null,
    coldBuild: null,
    output: null,
    searchIndex: null,
    check: null,
    warmRebuild: null,
    warmAdd: null,
    devPreview: null,
    outOfTheBox: null,
    searchCost: null,
    recall: null,
    targets: [],
    loadAverage: { start: loadAverage(), end: loadAverage() },
    errors: [],
  };
}

const loadAverage = () => Math.round(loadavg()[0]! * 100) / 100;

process.exitCode = await main();

import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { byDateDescending, shardPath, splitShards } from '../shards.ts';
import type { SynonymMap } from '../synonyms.ts';
import type { ShardJob, ShardResult } from './shard-worker.ts';

const BODY = /\sdata-pagefind-body\b/;
const DATE = /\sdata-pagefind-sort="date:([^"]*)"/;
const SHARDS_ATTRIBUTE = /\sdata-search-shards="([\d ]*)"/;

/** The folder under the build cache that holds written shard indexes by key. */
const CACHE_FOLDER = 'search-index';

/**
 * Builds the search index of a finished site into `<outDir>/pagefind/`. Pages with a
 * `data-pagefind-body` element are rewritten into our bigram tokens plus synonyms (see
 * src/search/text.ts) and handed to Pagefind's Node API, in shards of a bounded number of pages
 * (src/search/shards.ts), each in a worker with its own Pagefind process, `jobs` at a time
 * (default 1: memory is bounded by one shard).
 *
 * A shard whose pages' search bodies are unchanged since the last build is copied from the cache
 * instead: Pagefind cannot update an index, and writing one costs about 18 ms a page. Entries no
 * longer used are removed after the build, so the cache holds one site's shards.
 *
 * `npm run build` calls it after `astro build` has exited rather than in Astro's build:done hook:
 * at 100,000 questions Astro still holds about 12 GiB at that point, and each shard's Pagefind
 * process would come on top of it.
 */
export async function buildSearchIndex(options: {
  outDir: string;
  synonyms: SynonymMap;
  cacheDir: string;
  /**
   * The version of the code that writes shards (src/code-version.ts): a shard cached by other code
   * is written again.
   */
  codeVersion: string;
  /** Pages per shard (FAWEN_SEARCH_SHARD_PAGES). */
  shardPages: number;
  /** Shards indexed at once (FAWEN_SEARCH_JOBS): each is a Pagefind process with its shard in memory. */
  jobs: number;
  /** Index every shard again, as `astro build --force` renders every page again. */
  force?: boolean;
  log: (message: string) => void;
}): Promise<number> {
  const { outDir, synonyms, log } = options;
  const pages = fs.globSync('**/*.html', { cwd: outDir }).flatMap((file) => {
    const html = fs.readFileSync(path.join(outDir, file), 'utf8');
    return BODY.test(html) ? [{ file, date: DATE.exec(html)?.[1] ?? '' }] : [];
  });
  const shards = splitShards(byDateDescending(pages), options.shardPages);
  expectShards(
    outDir,
    shards.map((shard) => shard.length),
  );

  const cache = {
    dir: path.join(options.cacheDir, CACHE_FOLDER),
    version: `${options.codeVersion}:${pagefindVersion()}`,
  };
  if (options.force) fs.rmSync(cache.dir, { recursive: true, force: true });
  fs.mkdirSync(cache.dir, { recursive: true });
  const jobs = shards.map<ShardJob>((shard, i) => ({
    outDir,
    files: shard.map((page) => page.file),
    outputPath: path.join(outDir, shardPath(i)),
    synonyms,
    shard: shards.length > 1 ? i + 1 : undefined,
    cache,
  }));
  let count = 0;
  const used = new Set<string>();
  await runLimited(jobs, options.jobs, async (job) => {
    const result = await runShard(job);
    count += result.pages;
    used.add(result.key);
    const where = `${path.relative(outDir, job.outputPath)}/`;
    log(`indexed ${result.pages} pages into ${where}${result.cached ? ' (unchanged, from the cache)' : ''}`);
  });
  for (const entry of fs.readdirSync(cache.dir)) {
    if (!used.has(entry)) fs.rmSync(path.join(cache.dir, entry), { recursive: true, force: true });
  }
  log(`indexed ${count} pages for search in ${shards.length} shard(s)`);
  return count;
}

/** Pagefind's version: a new Pagefind writes every shard again. */
function pagefindVersion(): string {
  const manifest = path.resolve(import.meta.dirname, '../../../node_modules/pagefind/package.json');
  const { version } = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version: string };
  return version;
}

/** The search page states each shard's size, which weighs their scores; it must agree with what is built. */
function expectShards(outDir: string, sizes: readonly number[]): void {
  const page = path.join(outDir, 'search/index.html');
  if (!fs.existsSync(page)) return;
  const declared = SHARDS_ATTRIBUTE.exec(fs.readFileSync(page, 'utf8'))?.[1];
  if (declared !== sizes.join(' ')) {
    throw new Error(
      `the search page expects search shards of ${declared ?? 'no'} pages but the site's pages make shards of ${sizes.join(' ')}: the page and the index must count the same pages`,
    );
  }
}

function runShard(job: ShardJob): Promise<ShardResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./shard-worker.ts', import.meta.url), { workerData: job });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the search shard ${job.outputPath} stopped with exit code ${code}`));
    });
  });
}

async function runLimited<T>(items: readonly T[], limit: number, run: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  const lanes = Array.from({ length: Math.min(limit, queue.length) }, async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await run(item);
  });
  await Promise.all(lanes);
}

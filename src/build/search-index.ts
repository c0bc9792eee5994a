import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import {
  byDateDescending,
  jobsSetting,
  shardCount,
  shardPagesSetting,
  shardPath,
  splitShards,
} from '../lib/search-shards.ts';
import type { SynonymMap } from '../lib/synonyms.ts';
import type { ShardJob } from './search-shard-worker.ts';

const BODY = /\sdata-pagefind-body\b/;
const DATE = /\sdata-pagefind-sort="date:([^"]*)"/;
const SHARDS_ATTRIBUTE = /\sdata-search-shards="(\d+)"/;

/**
 * Builds the search index of a finished site into `<outDir>/pagefind/`. Pages with a
 * `data-pagefind-body` element are rewritten into our bigram tokens plus synonyms (see
 * src/lib/search-text.ts) and handed to Pagefind's Node API, in shards of a bounded number of pages
 * (src/lib/search-shards.ts), each in a worker with its own Pagefind process, FAWEN_SEARCH_JOBS at
 * a time (default 1: memory is bounded by one shard).
 *
 * `npm run build` calls it after `astro build` has exited rather than in Astro's build:done hook:
 * at 100,000 questions Astro still holds about 12 GiB at that point, and each shard's Pagefind
 * process would come on top of it.
 */
export async function buildSearchIndex(
  outDir: string,
  synonyms: SynonymMap,
  log: (message: string) => void,
): Promise<number> {
  const pages = fs.globSync('**/*.html', { cwd: outDir }).flatMap((file) => {
    const html = fs.readFileSync(path.join(outDir, file), 'utf8');
    return BODY.test(html) ? [{ file, date: DATE.exec(html)?.[1] ?? '' }] : [];
  });
  const shards = splitShards(byDateDescending(pages), shardCount(pages.length, shardPagesSetting()));
  expectShards(outDir, shards.length);

  const jobs = shards.map<ShardJob>((shard, i) => ({
    outDir,
    files: shard.map((page) => page.file),
    outputPath: path.join(outDir, shardPath(i)),
    synonyms,
    shard: shards.length > 1 ? i + 1 : undefined,
  }));
  let count = 0;
  await runLimited(jobs, jobsSetting(), async (job) => {
    count += await runShard(job);
    log(`indexed ${job.files.length} pages into ${path.relative(outDir, job.outputPath)}/`);
  });
  log(`indexed ${count} pages for search in ${shards.length} shard(s)`);
  return count;
}

/** The search page names the shards it merges; it must agree with what is built. */
function expectShards(outDir: string, count: number): void {
  const page = path.join(outDir, 'search/index.html');
  if (!fs.existsSync(page)) return;
  const declared = SHARDS_ATTRIBUTE.exec(fs.readFileSync(page, 'utf8'))?.[1];
  if (declared !== String(count)) {
    throw new Error(
      `the search page expects ${declared ?? 'no'} search shard(s) but the site's pages make ${count}: the page and the index must count the same pages`,
    );
  }
}

function runShard(job: ShardJob): Promise<number> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./search-shard-worker.ts', import.meta.url), { workerData: job });
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

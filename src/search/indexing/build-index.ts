import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { searchBody } from '../document.ts';
import { DELTA_PATH, MANIFEST_PATH, type IndexManifest } from '../manifest.ts';
import { DELTA_FILTER, SHARD_FILTER, shardPath } from '../shards.ts';
import type { SynonymMap } from '../synonyms.ts';
import { planIndex, type Base, type IndexedPage } from './plan.ts';
import { bodyDigest, shardKey } from './shard-key.ts';
import { ENTRY_IDS, ENTRY_INDEX } from './cache-entry.ts';
import type { ShardJob } from './shard-worker.ts';
import { listFiles } from '../../shared/list-files.ts';

const BODY_ATTRIBUTE = 'data-pagefind-body';
const DATE = /\sdata-pagefind-sort="date:([^"]*)"/;

/** The folder under the build cache that holds written indexes by key, and the base they form. */
const CACHE_FOLDER = 'search-index';
const BASE_FILE = 'base.json';

/**
 * Builds the search index of a finished site into `<outDir>/pagefind/`. Pages with a
 * `data-pagefind-body` element are rewritten into our bigram tokens plus synonyms (see
 * src/search/text.ts) and handed to Pagefind's Node API, in full shards of a bounded number of
 * pages (src/search/shards.ts) plus, after the first build, a delta index of the pages changed since
 * (plan.ts); each is written in a worker with its own Pagefind process, `jobs` at a time (default 1:
 * memory is bounded by one shard). The search page learns what to merge from the manifest
 * (src/search/manifest.ts).
 *
 * Every written index is kept in the cache by a key of what it was made from, and copied from there
 * when the same index is asked for again: Pagefind cannot update an index. Entries no longer used
 * are removed after the build, so the cache holds one site's index.
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
  /** Pages the delta index may hold before the shards are written again (FAWEN_SEARCH_DELTA_PAGES). */
  deltaPages: number;
  /** Shards indexed at once (FAWEN_SEARCH_JOBS): each is a Pagefind process with its shard in memory. */
  jobs: number;
  /** Index every shard again, as `astro build --force` renders every page again. */
  force?: boolean;
  /**
   * The cache keys the pages were just built with (page-keys.ts), and the version of the site's
   * code they were built by (src/code-version.ts `siteCodeVersion`): a page whose key and code are
   * those of the last full index is not read again.
   */
  pageKeys?: { keys: ReadonlyMap<string, string>; siteCode: string };
  log: (message: string) => void;
}): Promise<number> {
  const { outDir, synonyms, log, pageKeys } = options;
  const cacheDir = path.join(options.cacheDir, CACHE_FOLDER);
  // Everything besides the pages that a written index depends on.
  const version = `${options.codeVersion}:${pagefindVersion()}:${digestOf(synonyms)}`;
  if (options.force) fs.rmSync(cacheDir, { recursive: true, force: true });
  fs.mkdirSync(cacheDir, { recursive: true });

  const used = new Set<string>([BASE_FILE]);
  // Puts a cached index into the site at `where`.
  const copy = (key: string, pageCount: number, where: string, cached: boolean) => {
    linkTree(path.join(cacheDir, key, ENTRY_INDEX), path.join(outDir, where));
    used.add(key);
    log(`indexed ${pageCount} pages into ${where.slice(1)}${cached ? ' (unchanged, from the cache)' : ''}`);
  };
  // Writes the index of `indexed` into the cache unless it is there already, and copies it into the site.
  const index = async (indexed: readonly IndexedPage[], filters: Record<string, string>, where: string) => {
    const key = shardKey(version, filters, indexed);
    const entry = path.join(cacheDir, key);
    const cached = fs.existsSync(path.join(entry, ENTRY_IDS));
    if (!cached) await runWorker({ outDir, files: indexed.map(({ file }) => file), synonyms, filters, entry });
    copy(key, indexed.length, where, cached);
    return key;
  };

  // Shards cut to another size are not a base for a delta.
  const baseVersion = `${version}:${options.shardPages}`;
  const base = readBase(cacheDir);
  let pages = readPages(outDir, unchangedPages(base, baseVersion, pageKeys));
  let plan = planIndex(pages, base, baseVersion, options.shardPages, options.deltaPages);
  // Full shards are cut by date, which pages not read do not give.
  if (plan.kind === 'full' && pages.some((page) => page.date === undefined)) {
    pages = readPages(outDir, new Map());
    plan = planIndex(pages, base, baseVersion, options.shardPages, options.deltaPages);
  }
  const read = pages.filter((page) => page.date !== undefined).length;
  log(`read ${read} of ${pages.length} pages to index; the others are as their cache keys left them`);
  let manifest: IndexManifest;
  if (plan.kind === 'full') {
    const keys = new Array<string>(plan.shards.length);
    await runLimited(
      plan.shards.map((shard, i) => ({ shard, i })),
      options.jobs,
      async ({ shard, i }) => {
        keys[i] = await index(shard, { [SHARD_FILTER]: String(i + 1) }, shardPath(i));
      },
    );
    const written: Base = {
      version: baseVersion,
      ...(pageKeys ? { siteCode: pageKeys.siteCode } : {}),
      shards: plan.shards.map((shard, i) => ({
        key: keys[i]!,
        pages: shard.map(({ file, digest }) => {
          const key = pageKeys?.keys.get(file);
          return key === undefined ? { file, digest } : { file, digest, key };
        }),
      })),
    };
    fs.writeFileSync(path.join(cacheDir, BASE_FILE), JSON.stringify(written));
    manifest = { shards: plan.shards.map((shard) => shard.length) };
  } else {
    const { base, delta, superseded } = plan;
    for (const [i, shard] of base.shards.entries()) copy(shard.key, shard.pages.length, shardPath(i), true);
    manifest = { shards: base.shards.map((shard) => shard.pages.length) };
    if (delta.length > 0 || superseded.some((files) => files.length > 0)) {
      const dates: Record<string, string> = {};
      if (delta.length > 0) {
        const key = await index(delta, { [SHARD_FILTER]: DELTA_FILTER }, DELTA_PATH);
        const ids = readIds(cacheDir, key);
        for (const page of delta) dates[ids[page.file]!] = page.date ?? '';
      }
      manifest.delta = {
        pages: delta.length,
        dates,
        superseded: Object.fromEntries(
          base.shards.flatMap((shard, i) => {
            if (superseded[i]!.length === 0) return [];
            const ids = readIds(cacheDir, shard.key);
            return [[String(i + 1), superseded[i]!.map((file) => ids[file]!)]];
          }),
        ),
      };
    }
  }
  fs.writeFileSync(path.join(outDir, MANIFEST_PATH), JSON.stringify(manifest));

  for (const entry of fs.readdirSync(cacheDir)) {
    if (!used.has(entry)) fs.rmSync(path.join(cacheDir, entry), { recursive: true, force: true });
  }
  const shards = `${manifest.shards.length} shard(s)`;
  log(
    `indexed ${pages.length} pages for search in ${manifest.delta ? `${shards} and a delta of ${manifest.delta.pages}` : shards}`,
  );
  return pages.length;
}

/**
 * The files of `from` hard-linked into `to`: a cache entry is never written again once in place, and
 * linking the 11,700 files of a 10,000-question index takes about 0.1 s. Where
 * the cache is on another file system, the files are copied.
 */
function linkTree(from: string, to: string): void {
  fs.mkdirSync(to, { recursive: true });
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const [source, target] = [path.join(from, entry.name), path.join(to, entry.name)];
    if (entry.isDirectory()) linkTree(source, target);
    else {
      try {
        fs.linkSync(source, target);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
        fs.copyFileSync(source, target);
      }
    }
  }
}

/**
 * The search body digests of the last full index's pages that were built again with the same cache
 * key by the same site code, by file: equal pages, not read again. Empty when the code changed or
 * the keys are unknown.
 */
function unchangedPages(
  base: Base | undefined,
  version: string,
  pageKeys: { keys: ReadonlyMap<string, string>; siteCode: string } | undefined,
): Map<string, string> {
  const unchanged = new Map<string, string>();
  if (!base || !pageKeys || base.version !== version || base.siteCode !== pageKeys.siteCode) return unchanged;
  for (const shard of base.shards) {
    for (const page of shard.pages) {
      if (page.key !== undefined && pageKeys.keys.get(page.file) === page.key) unchanged.set(page.file, page.digest);
    }
  }
  return unchanged;
}

/**
 * Every page of the site that has a search body, with its date and the body's digest; a page in
 * `unchanged` is not read, and has its digest from there and no date. Pages are read as bytes and
 * looked at as Latin-1, one character a byte: the markup this needs is ASCII, and decoding 11,353
 * pages of a 10,000-question site (416 MB) as UTF-8 took 2.9 s, reading their bytes 0.7 s. The
 * digest is of the body's own bytes.
 */
function readPages(outDir: string, unchanged: ReadonlyMap<string, string>): IndexedPage[] {
  return listFiles(outDir, '', '.html').flatMap((file) => {
    const digest = unchanged.get(file);
    if (digest !== undefined) return [{ file, digest }];
    const bytes = fs.readFileSync(path.join(outDir, file));
    if (bytes.indexOf(BODY_ATTRIBUTE) === -1) return [];
    const html = bytes.toString('latin1');
    const body = searchBody(html);
    if (body === undefined) return [];
    return [{ file, date: DATE.exec(html)?.[1] ?? '', digest: bodyDigest(body) }];
  });
}

/** The full shards as last written, if the cache holds them all. */
function readBase(cacheDir: string): Base | undefined {
  try {
    const base = JSON.parse(fs.readFileSync(path.join(cacheDir, BASE_FILE), 'utf8')) as Base;
    return base.shards.every((shard) => fs.existsSync(path.join(cacheDir, shard.key, ENTRY_IDS))) ? base : undefined;
  } catch {
    return undefined;
  }
}

const readIds = (cacheDir: string, key: string) =>
  JSON.parse(fs.readFileSync(path.join(cacheDir, key, ENTRY_IDS), 'utf8')) as Record<string, string>;

const digestOf = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);

/** Pagefind's version: a new Pagefind writes every shard again. */
function pagefindVersion(): string {
  const manifest = path.resolve(import.meta.dirname, '../../../node_modules/pagefind/package.json');
  const { version } = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version: string };
  return version;
}

function runWorker(job: ShardJob): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./shard-worker.ts', import.meta.url), { workerData: job });
    worker.once('message', () => resolve());
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the search index ${job.entry} stopped with exit code ${code}`));
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

// The search index is built in shards of a bounded number of pages. Pagefind holds a whole index
// in memory while writing it, about 0.9 GiB per 1,000 of our pages, so one index for a very large
// site would not fit in memory; the search page merges the shards in the browser. Each shard adds
// requests to a reader's query (its own index chunks for every term), so shards stay large.
// Shards hold consecutive date ranges, newest first: Pagefind sorts by date within an index only,
// so results sorted by date are each shard's in turn (see src/scripts/search.ts).

/** Pages per shard unless FAWEN_SEARCH_SHARD_PAGES says otherwise. */
export const SHARD_PAGES = 5_000;

/** Shards for `pages` pages: as few as the limit allows, filled evenly. */
export function shardCount(pages: number, perShard = SHARD_PAGES): number {
  if (!Number.isInteger(perShard) || perShard < 1)
    throw new RangeError(`pages per shard must be a positive integer, got ${perShard}`);
  return Math.max(1, Math.ceil(pages / perShard));
}

/** Pages newest first (ISO dates compare as text), then by file, as shards divide them. */
export function byDateDescending<T extends { file: string; date: string }>(pages: readonly T[]): T[] {
  return [...pages].sort((a, b) => (a.date === b.date ? (a.file < b.file ? -1 : 1) : a.date < b.date ? 1 : -1));
}

/** Items cut into `count` consecutive runs whose sizes differ by one at most. */
export function splitShards<T>(items: readonly T[], count: number): T[][] {
  const shards: T[][] = [];
  for (let i = 0; i < count; i++) {
    shards.push(items.slice(Math.floor((i * items.length) / count), Math.floor(((i + 1) * items.length) / count)));
  }
  return shards;
}

/** The filter that marks a page's shard when there are several, numbered from 1. */
export const SHARD_FILTER = 'shard';

/** Where shard `i` (from 0) lives in the site: the first is Pagefind's usual folder. */
export function shardPath(i: number): string {
  return i === 0 ? '/pagefind/' : `/pagefind/shard-${i + 1}/`;
}

/** The pages-per-shard setting of this build. */
export function shardPagesSetting(value = process.env.FAWEN_SEARCH_SHARD_PAGES): number {
  return positiveSetting('FAWEN_SEARCH_SHARD_PAGES', value, SHARD_PAGES);
}

/** How many shards are built at once: each one is a Pagefind process with its shard in memory. */
export function jobsSetting(value = process.env.FAWEN_SEARCH_JOBS): number {
  return positiveSetting('FAWEN_SEARCH_JOBS', value, 1);
}

function positiveSetting(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1)
    throw new RangeError(`${name} must be a positive integer, got “${value}”`);
  return Number(value);
}

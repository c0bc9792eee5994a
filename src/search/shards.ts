// The search index is built in shards of a bounded number of pages. Pagefind holds a whole index
// in memory while writing it, about 0.9 GiB per 1,000 of our pages, so one index for a very large
// site would not fit in memory; the search page merges the shards in the browser. Each shard adds
// requests to a reader's query (its own index chunks for every term), so shards stay large.
// Shards hold consecutive date ranges, newest first: Pagefind sorts by date within an index only,
// so results sorted by date are each shard's in turn (see src/search/client/pagefind.ts). Pages
// changed since the shards were written are searched in a small delta index beside them
// (src/search/indexing/plan.ts).

/** Pages newest first (ISO dates compare as text; an unknown date as the oldest), then by file, as shards divide them. */
export function byDateDescending<T extends { file: string; date?: string }>(pages: readonly T[]): T[] {
  const dateOf = (page: T) => page.date ?? '';
  return [...pages].sort((a, b) =>
    dateOf(a) === dateOf(b) ? (a.file < b.file ? -1 : 1) : dateOf(a) < dateOf(b) ? 1 : -1,
  );
}

/**
 * Pages (newest first) cut into runs of `perShard` counted from the oldest page, so the newest shard
 * is the partial one. A new question (the newest) then changes only the first shard, and an edit
 * only its own: the other shards keep their pages, and their cached index (src/search/indexing/).
 */
export function splitShards<T>(newestFirst: readonly T[], perShard: number): T[][] {
  if (!Number.isInteger(perShard) || perShard < 1)
    throw new RangeError(`pages per shard must be a positive integer, got ${perShard}`);
  const shards: T[][] = [];
  for (let end = newestFirst.length; end > 0; end -= perShard) {
    shards.unshift(newestFirst.slice(Math.max(0, end - perShard), end));
  }
  return shards.length > 0 ? shards : [[]];
}

/** The filter that marks a page's shard, numbered from 1, or the delta index (src/search/indexing/plan.ts). */
export const SHARD_FILTER = 'shard';

/** The shard filter's value for pages of the delta index. */
export const DELTA_FILTER = 'delta';

/** Where shard `i` (from 0) lives in the site: the first is Pagefind's usual folder. */
export function shardPath(i: number): string {
  return i === 0 ? '/pagefind/' : `/pagefind/shard-${i + 1}/`;
}

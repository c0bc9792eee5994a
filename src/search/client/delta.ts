// The delta index beside the full shards (src/search/indexing/plan.ts), as the search page sees it:
// pure functions of search results, tested without a browser.
import type { FilterCounts, SearchResult } from './types.ts';

/**
 * Shard results in date order with the delta's results placed among them. The shards' results are
 * already newest first (each shard holds one date range, in turn); a delta page goes before the
 * first of them that is older, found by halving, so only a few shard results' dates are
 * downloaded (`dateOf` loads a result's page data, once per result).
 */
export async function mergeByDate(
  shards: readonly SearchResult[],
  delta: readonly { result: SearchResult; date: string }[],
  dateOf: (result: SearchResult) => Promise<string>,
): Promise<SearchResult[]> {
  const known = new Map<SearchResult, Promise<string>>();
  const date = (result: SearchResult) => {
    let loaded = known.get(result);
    if (!loaded) known.set(result, (loaded = dateOf(result)));
    return loaded;
  };
  const places: { at: number; result: SearchResult }[] = [];
  for (const { result, date: own } of delta) {
    let low = 0;
    let high = shards.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((await date(shards[middle]!)) >= own) low = middle + 1;
      else high = middle;
    }
    places.push({ at: low, result });
  }
  // Delta pages at the same place keep the delta's own order (Pagefind's, by date).
  const merged: SearchResult[] = [];
  let next = 0;
  for (const [at, result] of places
    .map((place, i) => [place.at, place.result, i] as const)
    .sort((a, b) => a[0] - b[0] || a[2] - b[2])) {
    merged.push(...shards.slice(next, at), result);
    next = at;
  }
  merged.push(...shards.slice(next));
  return merged;
}

/**
 * Filter counts with the pages the delta supersedes taken out: they were counted in their shard,
 * and their new copy is counted in the delta. `removed` holds each such page's filter values.
 */
export function withoutCounts(
  counts: FilterCounts,
  removed: readonly Record<string, readonly string[]>[],
): FilterCounts {
  const result: FilterCounts = Object.fromEntries(Object.entries(counts).map(([key, values]) => [key, { ...values }]));
  for (const filters of removed) {
    for (const [key, values] of Object.entries(filters)) {
      for (const value of new Set(values)) {
        const left = (result[key]?.[value] ?? 0) - 1;
        if (result[key] && left >= 0) result[key][value] = left;
      }
    }
  }
  return result;
}

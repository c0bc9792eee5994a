// Filter counts as faceted search gives them: a value's count is the number of results the search
// would give with that value chosen, the other filters as they are. Within one filter the values
// are alternatives (a page of 合同 or 刑事), so a filter's own values are counted as if none of them
// were chosen; across filters they combine. Pure functions of searches, tested without a browser.
import type { FilterCounts, Filters, Search, SearchOptions } from './types.ts';

/**
 * Counts per filter value for `query`: one search with every chosen filter, which counts the
 * filters nothing is chosen in, and one per filter with values chosen, without that filter.
 * Counts are of the pages holding every term (Found.results), never of the partial matches.
 */
export async function facetCounts(
  search: Search,
  query: string | null,
  filters: Filters,
  keys: readonly string[],
): Promise<FilterCounts> {
  const chosen = keys.filter((key) => filters[key]?.any.length);
  // Order does not change a count, and a date order would load every result's date.
  const options = (only: Filters): SearchOptions => ({ filters: only });
  const [all, ...own] = await Promise.all([
    search(query, options(filters)),
    ...chosen.map((key) => search(query, options(without(filters, key)))),
  ]);
  const counts: FilterCounts = {};
  for (const key of keys) counts[key] = { ...(all!.filters[key] ?? {}) };
  chosen.forEach((key, i) => (counts[key] = { ...(own[i]!.filters[key] ?? {}) }));
  return counts;
}

const without = (filters: Filters, key: string): Filters =>
  Object.fromEntries(Object.entries(filters).filter(([name]) => name !== key));

/** A filter's values worth offering: those with results, and those chosen (so they can be unchosen). */
export function offeredValues(counts: Readonly<Record<string, number>> = {}, chosen: readonly string[]): string[] {
  return [...new Set([...Object.keys(counts).filter((value) => counts[value]! > 0), ...chosen])].sort((a, b) =>
    a.localeCompare(b, 'zh-CN'),
  );
}

/** How many filter values are chosen, for the 筛选 button. */
export const chosenCount = (filters: Filters): number =>
  Object.values(filters).reduce((sum, { any }) => sum + any.length, 0);

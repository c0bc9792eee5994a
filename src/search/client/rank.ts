// How results are ordered and counted, apart from Pagefind itself and from the page: pure
// functions of search responses, tested without a browser.
import type { FilterCounts, Search, SearchOptions, SearchResult } from './types.ts';

// How much more a page counts when it holds the query as one unbroken sequence: enough to pass
// pages that only scatter the same terms, not enough to pass a page whose subject holds them.
export const PHRASE_BOOST = 3;
// Below this many results for all terms together, pages matching most of the terms are added.
export const ENOUGH = 5;

/** What a search found: the pages holding every term, and, when they are few, pages holding most. */
export interface Found {
  /** Pages holding every term: the results, which the filters count. */
  results: SearchResult[];
  /** Pages holding at least half of the terms, shown apart when fewer than ENOUGH pages hold all. */
  partial: SearchResult[];
}

/**
 * Pages with all the terms, by Pagefind's relevance (which boosts a subject holding them), with
 * pages holding the terms as one unbroken sequence weighted up (民法典第469条 rather than pages citing
 * 第四百六十八条 and 第一百六十九条); when that finds too little, pages ranked by how many terms
 * they match, apart.
 */
export async function find(
  search: Search,
  terms: readonly string[],
  phrase: readonly string[] | undefined,
  options: SearchOptions,
): Promise<Found> {
  const [all, exact] = await Promise.all([
    search(terms.length ? terms.join(' ') : null, options),
    // Sorted by date, the reader asked for the newest answers, not the closest.
    phrase && !options.sort ? search(`"${phrase.join(' ')}"`, options) : undefined,
  ]);
  const results = exact ? boostSequences(all.results, exact.results) : all.results;
  if (results.length >= ENOUGH || terms.length < 2) return { results, partial: [] };
  const each = await Promise.all(terms.map((term) => search(term, options)));
  return {
    results,
    partial: mostTermsFirst(
      each.map((response) => response.results),
      results,
      terms.length,
    ),
  };
}

/** `results` reordered with the pages that also matched as one sequence counted PHRASE_BOOST times. */
export function boostSequences(results: readonly SearchResult[], sequences: readonly SearchResult[]): SearchResult[] {
  const sequence = new Set(sequences.map((result) => result.id));
  const weighed = (result: SearchResult) => result.score * (sequence.has(result.id) ? PHRASE_BOOST : 1);
  return [...results].sort((a, b) => weighed(b) - weighed(a));
}

/**
 * The fallback when too few pages hold every term: pages that hold at least half of them, not
 * already found, most terms first, then by their summed score. `perTerm` holds each term's results.
 */
export function mostTermsFirst(
  perTerm: readonly (readonly SearchResult[])[],
  found: readonly SearchResult[],
  termCount: number,
): SearchResult[] {
  const ranked = new Map<string, { result: SearchResult; hits: number; score: number }>();
  for (const results of perTerm) {
    for (const result of results) {
      const seen = ranked.get(result.id) ?? { result, hits: 0, score: 0 };
      ranked.set(result.id, { result, hits: seen.hits + 1, score: seen.score + result.score });
    }
  }
  const already = new Set(found.map((result) => result.id));
  return [...ranked.values()]
    .filter((entry) => !already.has(entry.result.id) && entry.hits * 2 >= termCount)
    .sort((a, b) => b.hits - a.hits || b.score - a.score)
    .map((entry) => entry.result);
}

/** Filter counts of several searches (one per shard) added up per value. */
export function sumCounts(counts: readonly FilterCounts[]): FilterCounts {
  const sum: FilterCounts = {};
  for (const filters of counts) {
    for (const [key, values] of Object.entries(filters)) {
      const into = (sum[key] ??= {});
      for (const [value, count] of Object.entries(values)) into[value] = (into[value] ?? 0) + count;
    }
  }
  return sum;
}

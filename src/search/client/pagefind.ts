// Loads Pagefind with every shard of the index (src/search/shards.ts) merged in, and searches them
// as one index.
import { SUBJECT_FIELD } from '../document.ts';
import { SHARD_FILTER, shardPath } from '../shards.ts';
import { sumCounts } from './rank.ts';
import { shardWeights } from './shard-weights.ts';
import type { Pagefind, PagefindOptions, Search } from './types.ts';

// A page whose subject (title, reader's question) holds the query's terms gets Pagefind's meta
// boost, the same 5x Pagefind gives titles by default; the readable title and excerpt meta never
// hold encoded terms, so they get none.
const OPTIONS: PagefindOptions = { ranking: { metaWeights: { [SUBJECT_FIELD]: 5, title: 0, text: 0 } } };

/** Pagefind with every shard of the index merged in. */
export async function loadPagefind(shards: number): Promise<Pagefind> {
  // The index is written after the site is built, so the bundler must not try to resolve it.
  const url = `${shardPath(0)}pagefind.js`;
  const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
  await pagefind.options(OPTIONS);
  for (let i = 1; i < shards; i++) await pagefind.mergeIndex(shardPath(i), OPTIONS);
  return pagefind;
}

// A shard number no page has: a search filtered to it scores no page, but still counts, per shard,
// the pages that hold its term (Pagefind's counts before filters).
const NO_SHARD = '0';

/**
 * Pagefind's search over the merged shards, one search per shard (its filter picks that shard's
 * pages). Result ids are Pagefind's page ids, unique only within a shard, so each is prefixed with
 * its shard's number. By relevance, each shard's scores are weighed to corpus-wide term statistics
 * (shard-weights.ts) before the merge; by date, the shards are concatenated newest first, as they
 * hold consecutive date ranges and Pagefind sorts within one shard only.
 */
export function searcher(pagefind: Pick<Pagefind, 'search'>, shardPages: readonly number[]): Search {
  if (shardPages.length < 2) return (query, options) => pagefind.search(query, options);
  const shards = shardPages.map((_, i) => String(i + 1));
  // A term's page counts never change while the page is open.
  const counted = new Map<string, Promise<number[]>>();
  const pagesWith = (term: string) => {
    let counts = counted.get(term);
    if (!counts) {
      counts = pagefind
        .search(term, { filters: { [SHARD_FILTER]: { any: [NO_SHARD] } } })
        .then(({ totalFilters }) => shards.map((shard) => totalFilters?.[SHARD_FILTER]?.[shard] ?? 0));
      counted.set(term, counts);
    }
    return counts;
  };
  return async (query, options) => {
    const terms = query === null || query.trimStart().startsWith('"') ? [] : query.split(' ').filter(Boolean);
    const [parts, termPages] = await Promise.all([
      Promise.all(
        shards.map((shard) =>
          pagefind.search(query, { ...options, filters: { ...options.filters, [SHARD_FILTER]: { any: [shard] } } }),
        ),
      ),
      options.sort ? [] : Promise.all(terms.map(pagesWith)),
    ]);
    const weights = termPages.length > 0 ? shardWeights(shardPages, termPages) : shardPages.map(() => 1);
    const results = parts.flatMap((part, i) =>
      part.results.map((result) => ({ ...result, id: `${shards[i]}:${result.id}`, score: result.score * weights[i]! })),
    );
    if (!options.sort) results.sort((a, b) => b.score - a.score);
    return { results, filters: sumCounts(parts.map((part) => part.filters)) };
  };
}

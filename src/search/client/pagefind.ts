// Loads Pagefind with every shard of the index (src/search/shards.ts) merged in, and searches them
// as one index.
import { SUBJECT_FIELD } from '../document.ts';
import { SHARD_FILTER, shardPath } from '../shards.ts';
import { sumCounts } from './rank.ts';
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

/**
 * Pagefind's search over the merged shards. Pagefind sorts by date within each shard and then
 * interleaves the shards by score, so a date order is built from one search per shard (its filter
 * picks that shard's pages), concatenated newest shard first; shards hold consecutive date ranges.
 */
export function searcher(pagefind: Pick<Pagefind, 'search'>, shards: number): Search {
  return async (query, options) => {
    if (shards < 2 || !options.sort) return pagefind.search(query, options);
    const parts = await Promise.all(
      Array.from({ length: shards }, (_, i) =>
        pagefind.search(query, {
          ...options,
          filters: { ...options.filters, [SHARD_FILTER]: { any: [String(i + 1)] } },
        }),
      ),
    );
    return { results: parts.flatMap((part) => part.results), filters: sumCounts(parts.map((part) => part.filters)) };
  };
}

// Loads Pagefind with every index the manifest names (src/search/manifest.ts) merged in, and
// searches them as one index.
import { SUBJECT_FIELD } from '../document.ts';
import { DELTA_PATH, MANIFEST_PATH, type IndexManifest } from '../manifest.ts';
import { DELTA_FILTER, SHARD_FILTER, shardPath } from '../shards.ts';
import { isUnitTerm } from '../text.ts';
import { mergeByDate, withoutCounts } from './delta.ts';
import { sumCounts } from './rank.ts';
import { shardWeights, termFactors } from './shard-weights.ts';
import type { Pagefind, PagefindOptions, Search, SearchResult } from './types.ts';

// A page whose subject (title, reader's question) holds the query's terms gets Pagefind's meta
// boost, the same 5x Pagefind gives titles by default; the readable title and excerpt meta never
// hold encoded terms, so they get none.
const OPTIONS: PagefindOptions = { ranking: { metaWeights: { [SUBJECT_FIELD]: 5, title: 0, text: 0 } } };

/** What the search page searches: Pagefind with every index merged in, and what the manifest says of them. */
export interface LoadedIndex {
  pagefind: Pagefind;
  manifest: IndexManifest;
}

/** Pagefind with every shard of the index, and the delta index if there is one, merged in. */
export async function loadPagefind(): Promise<LoadedIndex> {
  // The index is written after the site is built, so the bundler must not try to resolve it.
  const url = `${shardPath(0)}pagefind.js`;
  const [pagefind, manifest] = await Promise.all([
    import(/* @vite-ignore */ url) as Promise<Pagefind>,
    fetch(MANIFEST_PATH).then((response) => {
      if (!response.ok) throw new Error(`${MANIFEST_PATH}: ${response.status}`);
      return response.json() as Promise<IndexManifest>;
    }),
  ]);
  await pagefind.options(OPTIONS);
  for (let i = 1; i < manifest.shards.length; i++) await pagefind.mergeIndex(shardPath(i), OPTIONS);
  if (manifest.delta?.pages) await pagefind.mergeIndex(DELTA_PATH, OPTIONS);
  return { pagefind, manifest };
}

// A shard number no page has: a search filtered to it scores no page, but still counts, per shard,
// the pages that hold its term (Pagefind's counts before filters).
const NO_SHARD = '0';

/**
 * Pagefind's search over the merged indexes, one search per index (its shard filter picks its
 * pages), every term required. Result ids are Pagefind's page ids, unique only within an index, so each is prefixed with
 * its shard filter's value; a shard's copies of pages that the delta replaces are left out, and so
 * are their filter counts. By relevance, each index's scores are weighed to corpus-wide term
 * statistics (shard-weights.ts) before the merge. By date, the shards are concatenated newest
 * first, as they hold consecutive date ranges and Pagefind sorts within one index only, and the
 * delta's pages are placed among them by their dates.
 */
export function searcher(pagefind: Pick<Pagefind, 'search'>, manifest: IndexManifest): Search {
  const { delta } = manifest;
  const superseded = new Map(Object.entries(delta?.superseded ?? {}).map(([shard, ids]) => [shard, new Set(ids)]));
  const indexes = [
    ...manifest.shards.map((pages, i) => ({ filter: String(i + 1), pages })),
    ...(delta?.pages ? [{ filter: DELTA_FILTER, pages: delta.pages }] : []),
  ];
  const sizes = indexes.map((index) => index.pages);
  // A term's page counts never change while the page is open. A term other than one character is
  // counted as an exact word: where an index holds no word starting with a term, Pagefind matches
  // the longest word the term starts with instead (a bigram's first character), pages that do not
  // hold the term at all.
  const counted = new Map<string, Promise<number[]>>();
  const pagesWith = (term: string) => {
    let counts = counted.get(term);
    if (!counts) {
      counts = pagefind
        .search(isUnitTerm(term) ? term : `"${term}"`, { filters: { [SHARD_FILTER]: { any: [NO_SHARD] } } })
        .then(({ totalFilters }) => indexes.map(({ filter }) => totalFilters?.[SHARD_FILTER]?.[filter] ?? 0));
      counted.set(term, counts);
    }
    return counts;
  };
  // The delta's pages scored term by term with corpus-wide weights, by Pagefind id: one search a
  // term, which on an index of a few pages costs little.
  const termByTerm = async (terms: readonly string[], factors: readonly number[]) => {
    const scores = new Map<string, number>();
    const responses = await Promise.all(
      terms.map((term) => pagefind.search(term, { filters: { [SHARD_FILTER]: { any: [DELTA_FILTER] } } })),
    );
    responses.forEach((response, t) => {
      for (const { id, score } of response.results) scores.set(id, (scores.get(id) ?? 0) + score * factors[t]!);
    });
    return scores;
  };
  return async (query, options) => {
    const terms = query === null || query.trimStart().startsWith('"') ? [] : query.split(' ').filter(Boolean);
    // Pagefind leaves out a query term that its index does not hold at all, and answers with the
    // pages holding the others, or matches it to a shorter word; no page of such an index holds
    // every term, so it is not searched.
    const termPages = await Promise.all(terms.map(pagesWith));
    const holdsAll = indexes.map((_, i) => termPages.every((counts) => counts[i]! > 0));
    const responses = await Promise.all(
      indexes.map(({ filter }, i) =>
        holdsAll[i]
          ? pagefind.search(query, { ...options, filters: { ...options.filters, [SHARD_FILTER]: { any: [filter] } } })
          : undefined,
      ),
    );
    const weights = termPages.length > 0 ? shardWeights(sizes, termPages) : sizes.map(() => 1);
    const deltaIndex = indexes.findIndex(({ filter }) => filter === DELTA_FILTER);
    const exact =
      !options.sort && terms.length > 1 && holdsAll[deltaIndex]
        ? await termByTerm(terms, termFactors(sizes, termPages, deltaIndex))
        : undefined;
    const dropped: SearchResult[] = [];
    const parts = responses.map((response, i) => {
      if (!response) return [];
      const { filter } = indexes[i]!;
      const left = superseded.get(filter);
      return response.results.flatMap((result) => {
        if (left?.has(result.id)) {
          dropped.push(result);
          return [];
        }
        // A new result that calls the original's data(): Pagefind's worker releases a result's data
        // once the original object is garbage collected, so it must stay reachable.
        const data = () => result.data();
        const score = (i === deltaIndex ? exact?.get(result.id) : undefined) ?? result.score * weights[i]!;
        return [{ id: `${filter}:${result.id}`, score, data }];
      });
    });
    const counts = sumCounts(responses.flatMap((response) => (response ? [response.filters] : [])));
    const filters = dropped.length
      ? withoutCounts(counts, await Promise.all(dropped.map(async (result) => (await result.data()).filters ?? {})))
      : counts;
    if (!options.sort) return { results: parts.flat().sort((a, b) => b.score - a.score), filters };
    const shardResults = parts.slice(0, manifest.shards.length).flat();
    const deltaResults = parts.slice(manifest.shards.length).flat();
    const results = await mergeByDate(
      shardResults,
      // Tagged `delta:<Pagefind id>`; the manifest gives dates by Pagefind id.
      deltaResults.map((result) => ({ result, date: delta?.dates[result.id.slice(DELTA_FILTER.length + 1)] ?? '' })),
      async (result) => (await result.data()).meta.date ?? '',
    );
    return { results, filters };
  };
}

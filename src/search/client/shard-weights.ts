// Scores that compare across shards. Pagefind scores a page in each shard with that shard's own
// term statistics (BM25: a term found on few of the shard's pages counts more), so a term's weight
// differs from shard to shard, and merging shards by raw score ranks pages by where they were
// filed. The corpus-wide statistics are the sums of the shards' own: a shard's scores for a query
// are brought to them by the ratio of the query's corpus-wide term weights to the shard's. For a
// one-term query that is exact; for several terms it assumes the terms weigh alike on the page.
// A small index (the delta) is scored exactly instead, term by term (termFactors).

/** Pagefind's inverse document frequency: BM25's, kept above zero. */
export function idf(pages: number, containing: number): number {
  return Math.log(1 + (pages - containing + 0.5) / (containing + 0.5));
}

/** A term's weight over every index together: the sums of their page counts. */
function corpusIdf(shardPages: readonly number[], counts: readonly number[]): number {
  const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
  return idf(sum(shardPages), sum(counts));
}

/**
 * One factor per shard for a query's scores. `shardPages` holds each shard's page count;
 * `termPages` holds, for each query term, the number of each shard's pages that contain it.
 */
export function shardWeights(shardPages: readonly number[], termPages: readonly (readonly number[])[]): number[] {
  const total = termPages.reduce((sum, counts) => sum + corpusIdf(shardPages, counts), 0);
  return shardPages.map((shardSize, shard) => {
    const own = termPages.reduce((sum, counts) => sum + idf(shardSize, counts[shard] ?? 0), 0);
    return own > 0 && total > 0 ? total / own : 1;
  });
}

/**
 * For index `index`, each query term's factor from the index's own weight to its corpus-wide one:
 * a page's score for one term times its factor is its score under corpus-wide counts.
 */
export function termFactors(
  shardPages: readonly number[],
  termPages: readonly (readonly number[])[],
  index: number,
): number[] {
  return termPages.map((counts) => {
    const own = idf(shardPages[index]!, counts[index] ?? 0);
    return own > 0 ? corpusIdf(shardPages, counts) / own : 1;
  });
}

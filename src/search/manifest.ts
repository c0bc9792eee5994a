// What the search page needs to know about the index before it searches: the shards to merge and
// how many pages each holds (their scores are weighed by it), and the delta index of pages changed
// since the shards were written, with the shards' copies it replaces. The build writes it beside
// the index (src/search/indexing/build-index.ts); the search page reads it first
// (src/search/client/pagefind.ts).

/** Where the manifest lives in the site. */
export const MANIFEST_PATH = '/pagefind/fawen-index.json';

/** Where the delta index lives in the site. */
export const DELTA_PATH = '/pagefind/delta/';

export interface IndexManifest {
  /** Each full shard's page count, newest shard first; shard `i` (from 0) lives at shardPath(i). */
  shards: number[];
  /** Pages indexed since the full shards were written; absent when there are none. */
  delta?: DeltaManifest;
}

export interface DeltaManifest {
  /** Pages in the delta index, edited or added since the full shards were written. */
  pages: number;
  /** Each delta page's date, by its Pagefind id, to place it among the shards' results by date. */
  dates: Record<string, string>;
  /**
   * Pagefind ids of full-shard pages that the delta replaces or that are gone, by shard number
   * (from 1): the search page leaves them out.
   */
  superseded: Record<string, string[]>;
}

// What a build writes into the search index. Writing a full shard costs about 9 ms a page, so a
// shard of 4,000 pages takes half a minute whatever share of it changed. After the first build,
// pages edited or added since the full shards were written go into a small delta index instead,
// which the search page merges last while leaving out the shards' copies it replaces; the shards
// are copied from the cache as they were. Once the delta would pass its bound, the shards are cut
// again from every page and written where they changed.
import { byDateDescending, splitShards } from '../shards.ts';

export interface IndexedPage {
  /** Path under the site's output folder. */
  file: string;
  /** The page's date (its `data-pagefind-sort` date), which orders the shards; unknown for a page not read because it is unchanged since the base. */
  date?: string;
  /** A digest of the page's search body: equal digests index alike. */
  digest: string;
}

/** The full shards as last written: what a delta is measured against. */
export interface Base {
  /** The indexing code's version, the synonyms and the shard size the shards were written with. */
  version: string;
  /** The site code the pages were built by (src/code-version.ts `siteCodeVersion`), when known. */
  siteCode?: string;
  /** Each shard's cache entry and pages (with the page's cache key, when known), newest shard first. */
  shards: { key: string; pages: { file: string; digest: string; key?: string }[] }[];
}

export type Plan =
  | { kind: 'full'; shards: IndexedPage[][] }
  | {
      kind: 'delta';
      base: Base;
      /** Pages new or changed since the base, newest first. */
      delta: IndexedPage[];
      /** Per base shard, the files of its pages that the delta replaces or that are gone. */
      superseded: string[][];
    };

/**
 * A delta on `base` when there is one written by the same code, and the pages changed, added or
 * removed since then number at most `deltaLimit`; otherwise full shards of `perShard` pages.
 */
export function planIndex(
  pages: readonly IndexedPage[],
  base: Base | undefined,
  version: string,
  perShard: number,
  deltaLimit: number,
): Plan {
  const full = (): Plan => ({ kind: 'full', shards: splitShards(byDateDescending(pages), perShard) });
  if (!base || base.version !== version) return full();
  const current = new Map(pages.map((page) => [page.file, page.digest]));
  const kept = new Set<string>();
  const superseded = base.shards.map((shard) =>
    shard.pages.flatMap((page) => {
      if (current.get(page.file) !== page.digest) return [page.file];
      kept.add(page.file);
      return [];
    }),
  );
  const delta = byDateDescending(pages.filter((page) => !kept.has(page.file)));
  const replaced = superseded.reduce((sum, files) => sum + files.length, 0);
  if (delta.length > deltaLimit || replaced > deltaLimit) return full();
  return { kind: 'delta', base, delta, superseded };
}

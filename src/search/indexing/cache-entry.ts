// A written index in the build cache (`<cache>/search-index/<key>/`): the index itself, which is
// copied into the site, and its pages' Pagefind ids, which the delta's manifest names.

/** The folder of a cache entry that holds the index itself. */
export const ENTRY_INDEX = 'index';

/** The file of a cache entry that holds its pages' Pagefind ids by file (fragments.ts). */
export const ENTRY_IDS = 'ids.json';

// Terms found in a large share of pages (on a legal FAQ site: 法律, 规定, 合同…) tell a reader's
// query little about which page it wants, yet they are what Pagefind's index spends most on: every
// page holds them, so their postings are the longest and every query that names one downloads them.
// They are left out of the page bodies in the index (src/search/document.ts keeps them in the
// subject meta) and out of any query that has a rarer term (src/search/text.ts).
//
// The list is worked out on a cold build and kept with the search index's cache: working it out
// again on every build would cost a pass over every page, and a list that moved with each edit
// would make every shard's cached index stale. It is worked out again when the indexing code or
// Pagefind changes (the cache goes), on `npm run build -- --force`, and when the site has grown or
// shrunk by half since.

/** A term in more than this share of pages is common. */
export const COMMON_SHARE = 0.3;

/** Pages counted: enough to place a term at 30% within a point or two. */
export const SAMPLE_PAGES = 2_000;

/** The common terms and the number of pages they were counted over. */
export interface CommonTerms {
  pages: number;
  terms: string[];
}

/** At most `size` of `items`, evenly spread: every k-th. */
export function evenSample<T>(items: readonly T[], size = SAMPLE_PAGES): T[] {
  const step = Math.max(1, Math.ceil(items.length / size));
  return items.filter((_, i) => i % step === 0);
}

// Article numbers are identifiers, not words: their bigrams (六十, 八条) are on many pages, yet they
// are what tells 第六十八条 from 第六十七条, so they are never common.
const ARTICLE_NUMBER = /^[第零〇一二两三四五六七八九十百千条款项之]+$/u;

/**
 * The terms (readable, as searchTerms gives them) held by more than `share` of the pages, each
 * page given as its distinct terms, most held first.
 */
export function commonTerms(pages: readonly ReadonlySet<string>[], share = COMMON_SHARE): string[] {
  const held = new Map<string, number>();
  for (const terms of pages) for (const term of terms) held.set(term, (held.get(term) ?? 0) + 1);
  return [...held]
    .filter(([term, count]) => count > share * pages.length && !ARTICLE_NUMBER.test(term))
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
    .map(([term]) => term);
}

/** Whether a list counted over `counted` pages still serves a site of `pages` pages. */
export function stillHolds(counted: number, pages: number): boolean {
  return pages <= counted * 2 && pages * 2 >= counted;
}

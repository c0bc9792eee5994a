// The part of Pagefind's browser API the search page uses. Pagefind ships its script with the index
// (it is written after the site is built), so these types are ours, not imported from it.

export interface ResultData {
  url: string;
  meta: Record<string, string | undefined>;
  /** The page's filter values by filter name. */
  filters?: Record<string, string[]>;
}

export interface SearchResult {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}

/** Filter values with their page counts, by filter name. */
export type FilterCounts = Record<string, Record<string, number>>;

export interface SearchResponse {
  results: SearchResult[];
  /** Counts per filter value among the results. */
  filters: FilterCounts;
  /** Counts per filter value among the pages that match the query, before filters. */
  totalFilters?: FilterCounts;
}

export type Filters = Record<string, { any: string[] }>;

export interface SearchOptions {
  filters?: Filters;
  sort?: Record<string, 'asc' | 'desc'>;
}

export interface PagefindOptions {
  ranking?: { metaWeights?: Record<string, number> };
}

export interface Pagefind {
  search(query: string | null, options?: SearchOptions): Promise<SearchResponse>;
  filters(): Promise<FilterCounts>;
  options(options: PagefindOptions): Promise<void>;
  mergeIndex(path: string, options?: PagefindOptions): Promise<void>;
}

/** One search over the whole index, however many shards it has. */
export type Search = (query: string | null, options: SearchOptions) => Promise<SearchResponse>;

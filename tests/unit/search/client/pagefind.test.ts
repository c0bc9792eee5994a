import { describe, expect, it } from 'vitest';
import { searcher } from '../../../../src/search/client/pagefind.ts';
import { idf } from '../../../../src/search/client/shard-weights.ts';
import type { SearchOptions, SearchResponse } from '../../../../src/search/client/types.ts';

const page = (id: string, score: number) => ({ id, score, data: async () => ({ url: id, meta: {} }) });

/**
 * A stand-in for two merged shards of 10 and 30 pages: each search answers with the shard its filter
 * picks, and counts the pages holding `zh1` per shard before filters (1 of 10, 9 of 30).
 */
function shardedIndex() {
  const asked: { query: string | null; options: SearchOptions }[] = [];
  const shards: Record<string, SearchResponse> = {
    '1': { results: [page('same', 2)], filters: { category: { a: 1 } } },
    '2': { results: [page('same', 3), page('other', 1)], filters: { category: { a: 2, b: 1 } } },
  };
  return {
    asked,
    search: async (query: string | null, options: SearchOptions = {}): Promise<SearchResponse> => {
      asked.push({ query, options });
      const shard = options.filters?.shard?.any[0];
      const totalFilters = { shard: { '1': 1, '2': 9 } };
      return shard && shards[shard] ? { ...shards[shard], totalFilters } : { results: [], filters: {}, totalFilters };
    },
  };
}

describe('searcher', () => {
  it('weighs each shard’s scores to corpus-wide term statistics before merging them', async () => {
    const index = shardedIndex();
    const response = await searcher(index, [10, 30])('zh1', {});
    // zh1 is rare in shard 1 (1 of 10 pages) and common in shard 2 (9 of 30): across all 40 pages
    // it is on 10, so shard 1's scores fall less than its raw scores suggest, shard 2's rise.
    const corpus = idf(40, 10);
    expect(response.results).toMatchObject([
      { id: '2:same', score: (3 * corpus) / idf(30, 9) },
      { id: '1:same', score: (2 * corpus) / idf(10, 1) },
      { id: '2:other', score: (1 * corpus) / idf(30, 9) },
    ]);
  });

  it('tells apart pages of different shards that Pagefind gave the same id', async () => {
    const response = await searcher(shardedIndex(), [10, 30])('zh1', {});
    expect(new Set(response.results.map((r) => r.id)).size).toBe(3);
  });

  it('counts a term’s pages once per page load, with a filter that scores no page', async () => {
    const index = shardedIndex();
    const search = searcher(index, [10, 30]);
    await search('zh1', {});
    await search('zh1', { filters: { category: { any: ['a'] } } });
    const counts = index.asked.filter(({ options }) => options.filters?.shard?.any[0] === '0');
    expect(counts).toEqual([{ query: 'zh1', options: { filters: { shard: { any: ['0'] } } } }]);
  });

  it('sorted by date, concatenates the shards newest first and adds their counts', async () => {
    const index = shardedIndex();
    const filters = { category: { any: ['a'] } };
    const response = await searcher(index, [10, 30])('zh1', { sort: { date: 'desc' }, filters });
    expect(response.results.map((r) => r.id)).toEqual(['1:same', '2:same', '2:other']);
    expect(response.filters).toEqual({ category: { a: 3, b: 1 } });
    expect(index.asked.map(({ options }) => options.filters)).toEqual([
      { ...filters, shard: { any: ['1'] } },
      { ...filters, shard: { any: ['2'] } },
    ]);
  });

  it('leaves an exact phrase’s scores as Pagefind gives them', async () => {
    const index = shardedIndex();
    const response = await searcher(index, [10, 30])('"zh1 zh2"', {});
    expect(response.results.map((r) => r.score)).toEqual([3, 2, 1]);
  });

  it('asks Pagefind once, unchanged, for an index of one shard', async () => {
    const index = shardedIndex();
    await searcher(index, [40])('zh1', { sort: { date: 'desc' } });
    expect(index.asked).toEqual([{ query: 'zh1', options: { sort: { date: 'desc' } } }]);
  });
});

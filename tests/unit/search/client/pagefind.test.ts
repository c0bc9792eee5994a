import { describe, expect, it } from 'vitest';
import { searcher } from '../../../../src/search/client/pagefind.ts';
import type { SearchOptions, SearchResponse } from '../../../../src/search/client/types.ts';

/** A stand-in for merged shards: each search answers with the shard its filter picks, or all. */
function shardedIndex() {
  const asked: SearchOptions[] = [];
  const page = (id: string, score: number) => ({ id, score, data: async () => ({ url: id, meta: {} }) });
  const shards: Record<string, SearchResponse> = {
    '1': { results: [page('newest', 1)], filters: { category: { a: 1 } } },
    '2': { results: [page('older', 5)], filters: { category: { a: 2, b: 1 } } },
  };
  return {
    asked,
    search: async (_query: string | null, options: SearchOptions = {}): Promise<SearchResponse> => {
      asked.push(options);
      const shard = options.filters?.shard?.any[0];
      return shard ? shards[shard]! : { results: [page('older', 5), page('newest', 1)], filters: {} };
    },
  };
}

describe('searcher', () => {
  it('asks Pagefind once when sorting by relevance', async () => {
    const index = shardedIndex();
    const response = await searcher(index, 2)('zh1', {});
    expect(response.results.map((r) => r.id)).toEqual(['older', 'newest']);
    expect(index.asked).toHaveLength(1);
  });

  it('sorted by date, concatenates one search per shard, newest shard first, and adds their counts', async () => {
    const index = shardedIndex();
    const filters = { category: { any: ['a'] } };
    const response = await searcher(index, 2)('zh1', { sort: { date: 'desc' }, filters });
    expect(response.results.map((r) => r.id)).toEqual(['newest', 'older']);
    expect(response.filters).toEqual({ category: { a: 3, b: 1 } });
    expect(index.asked.map((options) => options.filters)).toEqual([
      { ...filters, shard: { any: ['1'] } },
      { ...filters, shard: { any: ['2'] } },
    ]);
  });

  it('needs no per-shard searches for an index of one shard', async () => {
    const index = shardedIndex();
    await searcher(index, 1)('zh1', { sort: { date: 'desc' } });
    expect(index.asked).toEqual([{ sort: { date: 'desc' } }]);
  });
});

import { describe, expect, it } from 'vitest';
import { searcher } from '../../../../src/search/client/pagefind.ts';
import { idf, termFactors } from '../../../../src/search/client/shard-weights.ts';
import { encodeTerm } from '../../../../src/search/text.ts';
import type { SearchOptions, SearchResponse } from '../../../../src/search/client/types.ts';

const page = (id: string, score: number, date = '', filters: Record<string, string[]> = {}) => ({
  id,
  score,
  data: async () => ({ url: id, meta: { date }, filters }),
});

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
    const response = await searcher(index, { shards: [10, 30] })('zh1', {});
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
    const response = await searcher(shardedIndex(), { shards: [10, 30] })('zh1', {});
    expect(new Set(response.results.map((r) => r.id)).size).toBe(3);
  });

  it('counts a term’s pages once per page load, with a filter that scores no page', async () => {
    const index = shardedIndex();
    const search = searcher(index, { shards: [10, 30] });
    await search('zh1', {});
    await search('zh1', { filters: { category: { any: ['a'] } } });
    const counts = index.asked.filter(({ options }) => options.filters?.shard?.any[0] === '0');
    // As the exact word: Pagefind would match a shard's shorter word where the shard lacks this one.
    expect(counts).toEqual([{ query: '"zh1"', options: { filters: { shard: { any: ['0'] } } } }]);
    // One character is meant to match every bigram it starts, so it is counted as Pagefind matches it.
    await search(encodeTerm('法'), {});
    expect(index.asked.at(-1)?.query).toBe(encodeTerm('法'));
  });

  it('sorted by date, concatenates the shards newest first and adds their counts', async () => {
    const index = shardedIndex();
    const filters = { category: { any: ['a'] } };
    const response = await searcher(index, { shards: [10, 30] })('zh1', { sort: { date: 'desc' }, filters });
    expect(response.results.map((r) => r.id)).toEqual(['1:same', '2:same', '2:other']);
    expect(response.filters).toEqual({ category: { a: 3, b: 1 } });
    expect(index.asked.map(({ options }) => options.filters)).toEqual([
      { shard: { any: ['0'] } },
      { ...filters, shard: { any: ['1'] } },
      { ...filters, shard: { any: ['2'] } },
    ]);
  });

  it('leaves an exact phrase’s scores as Pagefind gives them', async () => {
    const index = shardedIndex();
    const response = await searcher(index, { shards: [10, 30] })('"zh1 zh2"', {});
    expect(response.results.map((r) => r.score)).toEqual([3, 2, 1]);
  });

  it('requires every term: an index that holds none of a term’s pages is not searched', async () => {
    const index = shardedIndex();
    const search = async (query: string | null, options: SearchOptions = {}): Promise<SearchResponse> => {
      const response = await index.search(query, options);
      // zh2 is on 3 pages of shard 2 and on none of shard 1, which Pagefind would then ignore.
      return query === '"zh2"' ? { ...response, totalFilters: { shard: { '2': 3 } } } : response;
    };
    const response = await searcher({ search }, { shards: [10, 30] })('zh1 zh2', {});
    expect(response.results.map((r) => r.id)).toEqual(['2:same', '2:other']);
    expect(response.filters).toEqual({ category: { a: 2, b: 1 } });
    expect(
      index.asked.some(({ query, options }) => query === 'zh1 zh2' && options.filters?.shard?.any[0] === '1'),
    ).toBe(false);
  });

  describe('with a delta index', () => {
    /** Two shards of pages by date, and a delta holding a new page and a new copy of shard 2's `b`. */
    function withDelta() {
      const asked: SearchOptions[] = [];
      const responses: Record<string, SearchResponse> = {
        '1': { results: [page('a', 2, '2026-03-01', { category: ['x'] })], filters: { category: { x: 1 } } },
        '2': {
          results: [page('b', 4, '2026-01-09', { category: ['y'] }), page('c', 1, '2026-01-02', { category: ['x'] })],
          filters: { category: { x: 1, y: 1 } },
        },
        delta: {
          results: [page('n', 3, '2026-04-01', { category: ['x'] }), page('b2', 5, '2026-01-09', { category: ['x'] })],
          filters: { category: { x: 2 } },
        },
      };
      return {
        asked,
        search: async (_query: string | null, options: SearchOptions = {}): Promise<SearchResponse> => {
          asked.push(options);
          const shard = options.filters?.shard?.any[0] ?? '';
          const totalFilters = { shard: { '1': 1, '2': 2, delta: 2 } };
          return { ...(responses[shard] ?? { results: [], filters: {} }), totalFilters };
        },
      };
    }
    const manifest = {
      shards: [1, 2],
      delta: { pages: 2, dates: { n: '2026-04-01', b2: '2026-01-09' }, superseded: { '2': ['b'] } },
    };

    it('finds a replaced page once, by its new copy, and leaves its old copy out of the counts', async () => {
      const response = await searcher(withDelta(), manifest)('zh1', {});
      expect(response.results.map((r) => r.id).sort()).toEqual(['1:a', '2:c', 'delta:b2', 'delta:n']);
      expect(response.filters.category).toEqual({ x: 4, y: 0 });
    });

    it('scores the delta’s pages term by term with corpus-wide weights', async () => {
      const response = await searcher(withDelta(), manifest)('zh1 zh2', {});
      // Each term is on 1, 2 and 2 pages of the three indexes; the stand-in scores n 3 for each.
      const [factor] = termFactors([1, 2, 2], [[1, 2, 2]], 2);
      expect(response.results.find((r) => r.id === 'delta:n')?.score).toBeCloseTo(2 * 3 * factor!);
    });

    it('places the delta’s pages among the shards’ by date', async () => {
      const response = await searcher(withDelta(), manifest)('zh1', { sort: { date: 'desc' } });
      expect(response.results.map((r) => r.id)).toEqual(['delta:n', '1:a', 'delta:b2', '2:c']);
    });

    it('searches the delta as a shard of its own', async () => {
      const index = withDelta();
      await searcher(index, manifest)('zh1', { sort: { date: 'desc' } });
      expect(index.asked.map((options) => options.filters?.shard?.any[0])).toEqual(['0', '1', '2', 'delta']);
    });
  });
});

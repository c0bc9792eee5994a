import { describe, expect, it } from 'vitest';
import {
  boostSequences,
  ENOUGH,
  find,
  mostTermsFirst,
  PHRASE_BOOST,
  sumCounts,
} from '../../../../src/search/client/rank.ts';
import type { Search, SearchResponse, SearchResult } from '../../../../src/search/client/types.ts';

const result = (id: string, score: number): SearchResult => ({
  id,
  score,
  data: () => Promise.resolve({ url: `/questions/${id}/`, meta: {} }),
});
const ids = (results: readonly SearchResult[]) => results.map((r) => r.id);

/** A Pagefind search over fixed answers per query string, recording what it was asked. */
function fixedSearch(answers: Record<string, SearchResult[]>): Search & { asked: (string | null)[] } {
  const asked: (string | null)[] = [];
  const search = async (query: string | null): Promise<SearchResponse> => {
    asked.push(query);
    return { results: answers[query ?? ''] ?? [], filters: {} };
  };
  return Object.assign(search, { asked });
}

describe('boostSequences', () => {
  it('puts a page holding the query as one sequence above a page that scatters the terms', () => {
    const results = [result('scattered', 2), result('sequence', 1)];
    expect(ids(boostSequences(results, [result('sequence', 9)]))).toEqual(['sequence', 'scattered']);
  });

  it('weighs, never lifts outright: a much better page stays first', () => {
    const results = [result('subject', PHRASE_BOOST + 1), result('sequence', 1)];
    expect(ids(boostSequences(results, [result('sequence', 1)]))).toEqual(['subject', 'sequence']);
  });
});

describe('mostTermsFirst', () => {
  it('adds pages holding at least half of the terms, most terms first, then by summed score', () => {
    const perTerm = [
      [result('a', 1), result('b', 1), result('c', 5)],
      [result('a', 1), result('b', 2)],
      [result('a', 1), result('d', 9)],
      [result('e', 1)],
    ];
    expect(ids(mostTermsFirst(perTerm, [], 4))).toEqual(['a', 'b']);
    expect(ids(mostTermsFirst(perTerm, [result('a', 1)], 4))).toEqual(['b']);
    expect(ids(mostTermsFirst(perTerm, [], 2))).toEqual(['a', 'b', 'd', 'c', 'e']);
  });
});

describe('find', () => {
  it('asks for all terms and for the sequence at once, and reorders by the sequence', async () => {
    const search = fixedSearch({
      'zh1 zh2': [result('x', 3), result('y', 2), result('p', 1.5), result('q', 1), result('r', 1)],
      '"zh1 zh2"': [result('y', 2)],
    });
    expect(ids((await find(search, ['zh1', 'zh2'], ['zh1', 'zh2'], {})).results)).toEqual(['y', 'x', 'p', 'q', 'r']);
    expect(search.asked).toEqual(['zh1 zh2', '"zh1 zh2"']);
  });

  it('keeps the date order when sorting by date: no sequence search', async () => {
    const search = fixedSearch({ 'zh1 zh2': [result('old', 3), result('new', 1)] });
    const found = await find(search, ['zh1', 'zh2'], ['zh1', 'zh2'], { sort: { date: 'desc' } });
    expect(ids(found.results)).toEqual(['old', 'new']);
    expect(search.asked).not.toContain('"zh1 zh2"');
  });

  it(`adds pages with most of the terms, apart, below ${ENOUGH} results`, async () => {
    const search = fixedSearch({
      'zh1 zh2 zh3': [result('all', 1)],
      zh1: [result('all', 1), result('two', 1)],
      zh2: [result('two', 1), result('one', 1)],
      zh3: [result('all', 1)],
    });
    const found = await find(search, ['zh1', 'zh2', 'zh3'], undefined, {});
    expect(ids(found.results)).toEqual(['all']);
    expect(ids(found.partial)).toEqual(['two']);
  });

  it('searches without terms when only filters are set', async () => {
    const search = fixedSearch({ '': [result('filtered', 1)] });
    expect(ids((await find(search, [], undefined, { filters: { category: { any: ['x'] } } })).results)).toEqual([
      'filtered',
    ]);
    expect(search.asked).toEqual([null]);
  });
});

describe('sumCounts', () => {
  it('adds the counts of every shard per filter value', () => {
    expect(
      sumCounts([
        { category: { 合同: 2, 婚姻: 1 }, law: { 民法典: 3 } },
        { category: { 合同: 1 }, lawyer: { 张凯: 1 } },
      ]),
    ).toEqual({ category: { 合同: 3, 婚姻: 1 }, law: { 民法典: 3 }, lawyer: { 张凯: 1 } });
  });
});

import { describe, expect, it } from 'vitest';
import { chosenCount, facetCounts, offeredValues } from '../../../../src/search/client/facets.ts';
import type { FilterCounts, Filters, Search, SearchOptions } from '../../../../src/search/client/types.ts';

/** A search that answers with the counts given for each set of filters it is asked with, recording them. */
function countingSearch(byFilters: Record<string, FilterCounts>): Search & { asked: SearchOptions[] } {
  const asked: SearchOptions[] = [];
  const search: Search = async (_query, options) => {
    asked.push(options);
    return { results: [], filters: byFilters[JSON.stringify(options.filters ?? {})] ?? {} };
  };
  return Object.assign(search, { asked });
}

const KEYS = ['category', 'law'];

describe('facetCounts', () => {
  it('counts every filter in one search when none is chosen', async () => {
    const search = countingSearch({ '{}': { category: { 刑事: 3 }, law: { 刑法: 2 } } });
    expect(await facetCounts(search, 'q', {}, KEYS)).toEqual({ category: { 刑事: 3 }, law: { 刑法: 2 } });
    expect(search.asked).toEqual([{ filters: {} }]);
  });

  it('counts a chosen filter’s values without it, and the other filters within it', async () => {
    const chosen: Filters = { category: { any: ['刑事'] } };
    const search = countingSearch({
      [JSON.stringify(chosen)]: { category: { 刑事: 3 }, law: { 刑法: 2 } },
      '{}': { category: { 刑事: 3, 合同: 5 }, law: { 刑法: 2, 民法典: 6 } },
    });
    expect(await facetCounts(search, 'q', chosen, KEYS)).toEqual({
      category: { 刑事: 3, 合同: 5 },
      law: { 刑法: 2 },
    });
  });

  it('never sorts the searches it counts with', async () => {
    const search = countingSearch({});
    await facetCounts(search, null, { law: { any: ['刑法'] } }, KEYS);
    expect(search.asked.every((options) => options.sort === undefined)).toBe(true);
  });
});

describe('offeredValues', () => {
  it('offers values with results and chosen ones, in pinyin order', () => {
    expect(offeredValues({ 刑事: 2, 合同: 0, 婚姻家庭: 1 }, ['合同'])).toEqual(['合同', '婚姻家庭', '刑事']);
    expect(offeredValues(undefined, [])).toEqual([]);
  });
});

describe('chosenCount', () => {
  it('counts the chosen values of every filter', () => {
    expect(chosenCount({ category: { any: ['刑事', '合同'] }, law: { any: ['刑法'] } })).toBe(3);
  });
});

import { describe, expect, it } from 'vitest';
import { commonTerms, evenSample, stillHolds } from '../../../../src/search/indexing/common-terms.ts';

describe('commonTerms', () => {
  it('lists the terms held by more than the share of pages, most held first, then by spelling', () => {
    const pages = [new Set(['a', 'b', 'c']), new Set(['a', 'b']), new Set(['a', 'd']), new Set(['e'])];
    expect(commonTerms(pages, 0.3)).toEqual(['a', 'b']);
    expect(commonTerms(pages, 0.5)).toEqual(['a']);
    expect(commonTerms([], 0.3)).toEqual([]);
  });

  it('never counts the bigrams of article numbers as common: they tell one article from the next', () => {
    const pages = [new Set(['六十', '八条', '合同']), new Set(['六十', '八条', '合同'])];
    expect(commonTerms(pages, 0.3)).toEqual(['合同']);
  });
});

describe('evenSample', () => {
  it('takes every k-th item to stay within the size, and all of a short list', () => {
    expect(evenSample([1, 2, 3], 5)).toEqual([1, 2, 3]);
    expect(evenSample([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 4)).toEqual([0, 3, 6, 9]);
  });
});

describe('stillHolds', () => {
  it('keeps a list until the site has doubled or halved', () => {
    expect(stillHolds(1000, 2000)).toBe(true);
    expect(stillHolds(1000, 2001)).toBe(false);
    expect(stillHolds(1000, 500)).toBe(true);
    expect(stillHolds(1000, 499)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { formParams, readSearchState, searchUrl, unfilteredUrl } from '../../../../src/search/client/url-state.ts';

describe('readSearchState', () => {
  it('reads the query, the order and every value of each filter', () => {
    const params = new URLSearchParams('q=%20离婚%20&sort=date&category=marriage&law=民法典&law=民事诉讼法&page=2');
    expect(readSearchState(params)).toEqual({
      query: '离婚',
      sort: 'date',
      filters: { category: { any: ['marriage'] }, law: { any: ['民法典', '民事诉讼法'] } },
    });
  });

  it('falls back to relevance for an unknown order, and to an empty search', () => {
    expect(readSearchState(new URLSearchParams('sort=random'))).toEqual({ query: '', sort: '', filters: {} });
  });
});

describe('formParams and searchUrl', () => {
  it('keeps the non-empty fields of the form in order, encoded', () => {
    const fields: [string, string][] = [
      ['q', '第577条 违约'],
      ['sort', ''],
      ['law', '民法典'],
    ];
    const url = searchUrl(formParams(fields));
    expect(url).toBe('/search/?q=%E7%AC%AC577%E6%9D%A1+%E8%BF%9D%E7%BA%A6&law=%E6%B0%91%E6%B3%95%E5%85%B8');
    expect(readSearchState(new URL(url, 'https://fawen.example.cn').searchParams).query).toBe('第577条 违约');
  });

  it('drops every filter for the “clear filters” link', () => {
    expect(unfilteredUrl('驾照 扣分')).toBe('/search/?q=%E9%A9%BE%E7%85%A7%20%E6%89%A3%E5%88%86');
  });
});

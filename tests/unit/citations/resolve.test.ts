import { describe, expect, it } from 'vitest';
import { citationLabel } from '../../../src/citations/resolve.ts';

describe('citationLabel', () => {
  it('labels a citation down to paragraph and item', () => {
    expect(citationLabel('第一千零八十七条', 1, 2)).toBe('第一千零八十七条第一款第（二）项');
    expect(citationLabel('第一千零六十三条', undefined, 1)).toBe('第一千零六十三条第（一）项');
    expect(citationLabel('第九条')).toBe('第九条');
  });
});

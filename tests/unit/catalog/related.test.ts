import { describe, expect, it } from 'vitest';
import { computeRelated, type RelatedInput } from '../../../src/catalog/related.ts';

const q = (id: string, category: string, tags: string[] = [], related: string[] = []): RelatedInput => ({
  id,
  category,
  tags,
  related,
});

describe('computeRelated', () => {
  it('puts the editor’s picks first, then backlinks, then same-category questions sharing tags', () => {
    const related = computeRelated([
      q('a', 'x', ['t1', 't2'], ['c']),
      q('b', 'x', ['t1', 't2']),
      q('c', 'y'),
      q('d', 'y', [], ['a']),
      q('e', 'x', ['t2']),
      q('f', 'x'),
    ]);
    expect(related.get('a')).toEqual(['c', 'd', 'b', 'e', 'f']);
    expect(related.get('c')).toEqual(['a', 'd']);
  });

  it('never lists a question as related to itself, nor unknown slugs, and respects the limit', () => {
    const related = computeRelated([q('a', 'x', [], ['a', 'missing', 'b']), q('b', 'x'), q('c', 'x'), q('d', 'x')], 2);
    expect(related.get('a')).toEqual(['b', 'c']);
  });
});

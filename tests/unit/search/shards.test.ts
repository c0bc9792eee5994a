import { describe, expect, it } from 'vitest';
import { byDateDescending, shardPath, splitShards } from '../../../src/search/shards.ts';

describe('search shards', () => {
  it('uses as few shards as the page limit allows, at least one', () => {
    const pages = (count: number) => Array.from({ length: count }, (_, i) => i);
    expect(splitShards(pages(0), 5000)).toHaveLength(1);
    expect(splitShards(pages(5000), 5000)).toHaveLength(1);
    expect(splitShards(pages(5001), 5000)).toHaveLength(2);
    expect(splitShards(pages(100_000), 5000)).toHaveLength(20);
    expect(() => splitShards(pages(3), 0)).toThrow(/positive integer/);
  });

  it('cuts full shards from the oldest page, leaving the newest shard partial', () => {
    expect(splitShards([1, 2, 3, 4, 5, 6, 7], 3)).toEqual([[1], [2, 3, 4], [5, 6, 7]]);
    expect(splitShards([1, 2, 3, 4, 5, 6], 3)).toEqual([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect(splitShards(['a'], 1)).toEqual([['a']]);
    expect(splitShards([], 3)).toEqual([[]]);
  });

  it('keeps the older shards as they were when a newer question is added', () => {
    const before = splitShards(['n3', 'n2', 'n1', 'o3', 'o2', 'o1'], 3);
    const after = splitShards(['new', 'n3', 'n2', 'n1', 'o3', 'o2', 'o1'], 3);
    expect(after.slice(1)).toEqual(before);
    expect(after[0]).toEqual(['new']);
  });

  it('orders pages newest first, then by file, so each shard holds one date range', () => {
    const pages = [
      { file: 'b', date: '2025-01-02' },
      { file: 'c', date: '2026-03-01' },
      { file: 'a', date: '2025-01-02' },
    ];
    expect(byDateDescending(pages).map((page) => page.file)).toEqual(['c', 'a', 'b']);
  });

  it('keeps the first shard in Pagefind’s usual folder', () => {
    expect(shardPath(0)).toBe('/pagefind/');
    expect(shardPath(1)).toBe('/pagefind/shard-2/');
  });
});

import { describe, expect, it } from 'vitest';
import { byDateDescending, shardCount, shardPath, shardSizes, splitShards } from '../../../src/search/shards.ts';
import { SHARD_PAGES } from '../../../src/settings.ts';

describe('search shards', () => {
  it('uses as few shards as the page limit allows, at least one', () => {
    expect(shardCount(0, 5000)).toBe(1);
    expect(shardCount(5000, 5000)).toBe(1);
    expect(shardCount(5001, 5000)).toBe(2);
    expect(shardCount(100_000, 5000)).toBe(20);
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

  it('makes as many shards as shardCount says', () => {
    for (const pages of [0, 1, SHARD_PAGES - 1, SHARD_PAGES, SHARD_PAGES + 1, 10_021, 100_021]) {
      expect(
        splitShards(
          Array.from({ length: pages }, (_, i) => i),
          SHARD_PAGES,
        ).length,
      ).toBe(shardCount(pages, SHARD_PAGES));
    }
  });

  it('states the size of each shard splitShards makes', () => {
    for (const pages of [0, 1, 7, SHARD_PAGES, SHARD_PAGES + 1, 10_021]) {
      const items = Array.from({ length: pages }, (_, i) => i);
      expect(shardSizes(pages, SHARD_PAGES)).toEqual(splitShards(items, SHARD_PAGES).map((shard) => shard.length));
    }
    expect(shardSizes(10_021, 4000)).toEqual([2021, 4000, 4000]);
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

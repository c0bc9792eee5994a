import { describe, expect, it } from 'vitest';
import {
  byDateDescending,
  jobsSetting,
  shardCount,
  shardPagesSetting,
  shardPath,
  splitShards,
} from '../../src/lib/search-shards.ts';

describe('search shards', () => {
  it('uses as few shards as the page limit allows, at least one', () => {
    expect(shardCount(0, 5000)).toBe(1);
    expect(shardCount(5000, 5000)).toBe(1);
    expect(shardCount(5001, 5000)).toBe(2);
    expect(shardCount(100_000, 5000)).toBe(20);
  });

  it('fills shards evenly with consecutive pages', () => {
    expect(splitShards([1, 2, 3, 4, 5, 6, 7], 3)).toEqual([
      [1, 2],
      [3, 4],
      [5, 6, 7],
    ]);
    expect(splitShards(['a'], 1)).toEqual([['a']]);
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

  it('reads its settings from the environment and rejects nonsense with the variable’s name', () => {
    expect(shardPagesSetting(undefined)).toBe(5000);
    expect(shardPagesSetting('8')).toBe(8);
    expect(jobsSetting('')).toBe(1);
    expect(() => shardPagesSetting('0')).toThrow(/FAWEN_SEARCH_SHARD_PAGES must be a positive integer, got “0”/);
    expect(() => jobsSetting('two')).toThrow(/FAWEN_SEARCH_JOBS/);
  });
});

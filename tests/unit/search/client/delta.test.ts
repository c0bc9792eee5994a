import { describe, expect, it } from 'vitest';
import { mergeByDate, withoutCounts } from '../../../../src/search/client/delta.ts';
import type { SearchResult } from '../../../../src/search/client/types.ts';

const result = (id: string, date: string): SearchResult => ({
  id,
  score: 1,
  data: async () => ({ url: id, meta: { date } }),
});

describe('mergeByDate', () => {
  const shards = [
    result('s1', '2026-05-01'),
    result('s2', '2026-04-01'),
    result('s3', '2026-03-01'),
    result('s4', '2026-02-01'),
    result('s5', '2026-01-01'),
  ];
  const loads: string[] = [];
  const dateOf = async (r: SearchResult) => {
    loads.push(r.id);
    return (await r.data()).meta.date!;
  };

  it('places each delta page before the first older shard page, after pages of its own date', async () => {
    const merged = await mergeByDate(
      shards,
      [
        { result: result('newest', '2026-06-01'), date: '2026-06-01' },
        { result: result('march', '2026-03-01'), date: '2026-03-01' },
        { result: result('oldest', '2025-01-01'), date: '2025-01-01' },
      ],
      dateOf,
    );
    expect(merged.map((r) => r.id)).toEqual(['newest', 's1', 's2', 's3', 'march', 's4', 's5', 'oldest']);
  });

  it('downloads the dates of a few shard results only, each once', async () => {
    loads.length = 0;
    const many = Array.from({ length: 1000 }, (_, i) =>
      result(`s${i}`, `2026-01-01T${String(1000 - i).padStart(4, '0')}`),
    );
    await mergeByDate(many, [{ result: result('d', '2026-01-01T0500'), date: '2026-01-01T0500' }], dateOf);
    expect(loads.length).toBeLessThanOrEqual(11);
    expect(new Set(loads).size).toBe(loads.length);
  });

  it('keeps the shards’ results as they are without a delta', async () => {
    expect(await mergeByDate(shards, [], dateOf)).toEqual(shards);
  });
});

describe('withoutCounts', () => {
  it('takes each replaced page out of the count of every value it has, once per value', () => {
    const counts = { category: { 婚姻家庭: 3, 合同: 1 }, law: { 民法典: 2 } };
    expect(withoutCounts(counts, [{ category: ['婚姻家庭'], law: ['民法典', '民法典'] }])).toEqual({
      category: { 婚姻家庭: 2, 合同: 1 },
      law: { 民法典: 1 },
    });
    expect(counts.category.婚姻家庭).toBe(3);
  });
});

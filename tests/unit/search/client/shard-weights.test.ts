import { describe, expect, it } from 'vitest';
import { idf, shardWeights, termFactors } from '../../../../src/search/client/shard-weights.ts';

describe('shard weights', () => {
  it('computes Pagefind’s idf: rarer terms weigh more, and no term weighs nothing', () => {
    expect(idf(100, 1)).toBeGreaterThan(idf(100, 50));
    expect(idf(100, 100)).toBeGreaterThan(0);
    expect(idf(1, 1)).toBeCloseTo(Math.log(1 + 0.5 / 1.5));
  });

  it('leaves shards alike when each holds a term in the same share of its pages', () => {
    const weights = shardWeights([100, 200], [[10, 20]]);
    expect(weights[0]).toBeCloseTo(weights[1]!, 1);
  });

  it('weighs up the shard where the query’s terms are common, and down the one where they are rare', () => {
    const [rare, common] = shardWeights([100, 100], [[1, 40]]);
    expect(rare).toBeLessThan(1);
    expect(common).toBeGreaterThan(1);
  });

  it('is exact for one term: a shard’s score times its weight is the score under corpus-wide counts', () => {
    const [first] = shardWeights([100, 300], [[5, 25]]);
    expect(3 * idf(100, 5) * first!).toBeCloseTo(3 * idf(400, 30));
  });

  it('leaves scores as they are for a query without terms', () => {
    expect(shardWeights([10, 20], [])).toEqual([1, 1]);
  });
});

describe('term factors', () => {
  it('bring each term of one index to its corpus-wide weight', () => {
    const factors = termFactors(
      [2, 100],
      [
        [1, 10],
        [2, 90],
      ],
      0,
    );
    expect(factors[0]! * idf(2, 1)).toBeCloseTo(idf(102, 11));
    expect(factors[1]! * idf(2, 2)).toBeCloseTo(idf(102, 92));
  });
});

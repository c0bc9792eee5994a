import { describe, expect, it } from 'vitest';
import { planIndex, type Base, type IndexedPage } from '../../../../src/search/indexing/plan.ts';

const page = (file: string, date: string, digest = 'd0'): IndexedPage => ({ file, date, digest });
const PAGES = [page('a', '2026-01-05'), page('b', '2026-01-04'), page('c', '2026-01-03'), page('d', '2026-01-02')];

/** The base a full build of PAGES in shards of 2 leaves. */
const BASE: Base = {
  version: 'v1',
  shards: [
    { key: 'k1', pages: [page('a', ''), page('b', '')].map(({ file, digest }) => ({ file, digest })) },
    { key: 'k2', pages: [page('c', ''), page('d', '')].map(({ file, digest }) => ({ file, digest })) },
  ],
};

describe('planIndex', () => {
  it('cuts full shards when there is no base yet, or one written by other code', () => {
    expect(planIndex(PAGES, undefined, 'v1', 2, 10)).toEqual({
      kind: 'full',
      shards: [PAGES.slice(0, 2), PAGES.slice(2)],
    });
    expect(planIndex(PAGES, BASE, 'v2', 2, 10).kind).toBe('full');
  });

  it('keeps the base as it is when nothing changed', () => {
    expect(planIndex(PAGES, BASE, 'v1', 2, 10)).toEqual({ kind: 'delta', base: BASE, delta: [], superseded: [[], []] });
  });

  it('puts an edited page in the delta and supersedes its copy in its shard', () => {
    const edited = PAGES.map((p) => (p.file === 'c' ? { ...p, digest: 'd1' } : p));
    expect(planIndex(edited, BASE, 'v1', 2, 10)).toEqual({
      kind: 'delta',
      base: BASE,
      delta: [edited[2]],
      superseded: [[], ['c']],
    });
  });

  it('puts an added page in the delta, newest first, and supersedes a removed page', () => {
    const added = page('e', '2026-02-01');
    const plan = planIndex([added, ...PAGES.filter((p) => p.file !== 'b')], BASE, 'v1', 2, 10);
    expect(plan).toEqual({ kind: 'delta', base: BASE, delta: [added], superseded: [['b'], []] });
  });

  it('cuts full shards again once the delta would pass its bound', () => {
    const edited = PAGES.map((p) => ({ ...p, digest: 'd1' }));
    expect(planIndex(edited, BASE, 'v1', 2, 3).kind).toBe('full');
    expect(planIndex(edited, BASE, 'v1', 2, 4).kind).toBe('delta');
    // Removed pages count too: they are left out of every search until the shards are cut again.
    expect(planIndex(PAGES.slice(0, 1), BASE, 'v1', 2, 2).kind).toBe('full');
  });
});

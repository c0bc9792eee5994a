import { describe, expect, it } from 'vitest';
import { bodyDigest, shardKey } from '../../../../src/search/indexing/shard-key.ts';

describe('shardKey', () => {
  it('keys a shard by everything its index is made of', () => {
    const pages = [{ file: 'questions/a/index.html', digest: bodyDigest('<article data-pagefind-body>甲</article>') }];
    const key = shardKey('v1', { shard: '1' }, pages);
    expect(shardKey('v1', { shard: '1' }, [...pages])).toBe(key);
    expect(shardKey('v2', { shard: '1' }, pages)).not.toBe(key);
    expect(shardKey('v1', { shard: '2' }, pages)).not.toBe(key);
    const edited = [{ ...pages[0]!, digest: bodyDigest('<article data-pagefind-body>乙</article>') }];
    expect(shardKey('v1', { shard: '1' }, edited)).not.toBe(key);
    expect(shardKey('v1', { shard: '1' }, [{ ...pages[0]!, file: 'b' }])).not.toBe(key);
  });
});

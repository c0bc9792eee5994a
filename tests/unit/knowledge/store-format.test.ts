import { describe, expect, it } from 'vitest';
import { CHUNKED_FROM, collectionStorageFor } from '../../../src/knowledge/store-format.ts';

describe('content store', () => {
  it('stays one file for ordinary sites and is written in pieces for very large ones', () => {
    expect(collectionStorageFor(21)).toBe('single-file');
    expect(collectionStorageFor(CHUNKED_FROM - 1)).toBe('single-file');
    expect(collectionStorageFor(CHUNKED_FROM)).toBe('chunked');
    expect(collectionStorageFor(100_021)).toBe('chunked');
  });
});

import { describe, expect, it } from 'vitest';
import { requestKind } from '../../../bench/measure/search-cost.ts';

describe('requestKind', () => {
  it('names what a search fetched by the file names Pagefind and Fawen write', () => {
    const kinds = Object.fromEntries(
      [
        '/pagefind/pagefind.js',
        '/pagefind/pagefind-worker.js',
        '/pagefind/pagefind-entry.json',
        '/pagefind/wasm.unknown.pagefind',
        '/pagefind/shards/2/pagefind.unknown_19353bb9cc2dd7e.pf_meta',
        '/pagefind/shards/2/index/unknown_3b1a.pf_index',
        '/pagefind/delta/fragment/unknown_9c0d.pf_fragment',
        '/pagefind/filter/unknown_77aa.pf_filter',
        '/pagefind/fawen-index.json',
        '/questions/li-hun-chai-qian-an-zhi-fang-fen-ge/',
        '/_astro/search.B1x2.js',
      ].map((pathname) => [pathname.split('/').at(-1), requestKind(pathname)]),
    );
    expect(kinds).toEqual({
      'pagefind.js': 'Pagefind script and WebAssembly',
      'pagefind-worker.js': 'Pagefind script and WebAssembly',
      'pagefind-entry.json': 'Pagefind script and WebAssembly',
      'wasm.unknown.pagefind': 'Pagefind script and WebAssembly',
      'pagefind.unknown_19353bb9cc2dd7e.pf_meta': 'page tables',
      'unknown_3b1a.pf_index': 'index chunks',
      'unknown_9c0d.pf_fragment': 'fragments',
      'unknown_77aa.pf_filter': 'filters',
      'fawen-index.json': 'manifest',
      '': 'pages for passages',
      'search.B1x2.js': 'other',
    });
  });
});

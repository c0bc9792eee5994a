// How Astro keeps the content store between the content sync and the pages. As one file the store
// is one JavaScript string, written whole and bundled as one module: fast, but past about 90,000
// questions it no longer fits in a string and the build stops. Written in 20 MB pieces it has no
// such limit, but the content sync takes three to four times as long (54 s against 16 s for 3,000
// questions), so only large sites use it.

/** From this many questions on, the store is written in pieces. */
export const CHUNKED_FROM = 50_000;

export function collectionStorageFor(questions: number): 'single-file' | 'chunked' {
  return questions >= CHUNKED_FROM ? 'chunked' : 'single-file';
}

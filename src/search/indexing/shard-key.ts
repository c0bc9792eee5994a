import { createHash } from 'node:crypto';

/**
 * What a shard's written index depends on: `version` (the indexing code's, Pagefind's and the
 * synonyms', see build-index.ts), the shard's own filters, and each page's path and search body (by
 * its digest). Equal keys give byte-identical indexes.
 */
export function shardKey(
  version: string,
  filters: Readonly<Record<string, string>>,
  pages: readonly { file: string; digest: string }[],
): string {
  const hash = createHash('sha256');
  hash.update(`${version}\0${JSON.stringify(filters)}\0`);
  for (const page of pages) hash.update(`${page.file}\0${page.digest}\0`);
  return hash.digest('hex').slice(0, 32);
}

/**
 * A digest of a page's search body, which is all of the page that its index entry depends on. The
 * body is the page's bytes read as Latin-1 (src/search/indexing/build-index.ts), hashed as such.
 */
export function bodyDigest(latin1Body: string): string {
  return createHash('sha256').update(latin1Body, 'latin1').digest('base64url').slice(0, 22);
}

import { createHash } from 'node:crypto';

/**
 * What a shard's written index depends on: the indexing code's version, the synonyms, the shard's
 * own filters, and each page's path and search body. Equal keys give byte-identical indexes.
 */
export function shardKey(
  version: string,
  synonyms: unknown,
  filters: Readonly<Record<string, string>>,
  pages: readonly { file: string; body: string }[],
): string {
  const hash = createHash('sha256');
  hash.update(`${version}\0${JSON.stringify(synonyms)}\0${JSON.stringify(filters)}\0`);
  for (const page of pages) hash.update(`${page.file}\0${page.body}\0`);
  return hash.digest('hex').slice(0, 32);
}

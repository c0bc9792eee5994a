/**
 * Where builds keep what the next build can reuse: Astro's content store and the search index's
 * shards. Tests and benchmarks give each site its own with FAWEN_CACHE_DIR.
 */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.FAWEN_CACHE_DIR ?? './node_modules/.astro';
}

import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

// Builds keep work between runs: each rendered answer (src/answers/) and each written search shard
// (src/search/indexing/). Neither can see the code that shaped what it kept, so a digest of that code
// goes into both keys: editing it redoes the work. The lockfile counts too: the Markdown parser,
// the sanitizer and Pagefind shape the same output.

/**
 * The folders whose code shapes cached output: rendered answers (the Markdown plugins and the domain
 * code they run) and search shards (search documents and the index writer). Each folder's own .ts
 * files count, not its subfolders': src/search/client is browser code and never shapes the index.
 * Benchmarks, servers and test helpers never belong here: editing them must not invalidate a build's
 * cache. A test walks the imports of the cached pipelines and fails if one leaves this list.
 */
export const CACHE_KEYED_CODE = [
  'src/schemas',
  'src/shared',
  'src/laws',
  'src/knowledge',
  'src/citations',
  'src/plugins',
  'src/answers',
  'src/search',
  'src/search/indexing',
] as const;

const repoRoot = path.resolve(import.meta.dirname, '..');

/** The dependencies' exact versions. */
const LOCKFILE = 'package-lock.json';

/** A short hash of the cache-keyed code and the lockfile as they are on disk now. */
export function codeVersion(root = repoRoot, folders: readonly string[] = CACHE_KEYED_CODE): string {
  const hash = createHash('sha256');
  for (const folder of folders) {
    const files = fs
      .readdirSync(path.join(root, folder), { withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
      .map((entry) => entry.name)
      .sort();
    for (const file of files) {
      hash.update(`${folder}/${file}\0`);
      hash.update(fs.readFileSync(path.join(root, folder, file)));
    }
  }
  const lockfile = path.join(root, LOCKFILE);
  if (fs.existsSync(lockfile)) hash.update(fs.readFileSync(lockfile));
  return hash.digest('hex').slice(0, 16);
}

/**
 * A short hash of everything besides the content that shapes a built page: every file under `src/`
 * (pages, components, styles and domain code alike), the Astro config, the lockfile and the
 * settings. Pages built under equal versions with equal cache keys are equal (see
 * src/search/indexing/page-keys.ts); any code edit therefore makes the index step read every page.
 */
export function siteCodeVersion(root: string, settings: unknown): string {
  const hash = createHash('sha256');
  const src = path.join(root, 'src');
  const files = fs
    .readdirSync(src, { recursive: true, encoding: 'utf8' })
    .filter((file) => fs.statSync(path.join(src, file)).isFile())
    .sort();
  for (const file of files) {
    hash.update(`${file}\0`);
    hash.update(fs.readFileSync(path.join(src, file)));
  }
  for (const file of ['astro.config.mjs', LOCKFILE]) {
    if (fs.existsSync(path.join(root, file))) hash.update(fs.readFileSync(path.join(root, file)));
  }
  hash.update(JSON.stringify(settings));
  return hash.digest('hex').slice(0, 16);
}

// npm run build
//
// Builds the site into a fresh folder beside dist/ and puts it in place only when everything
// (pages, sitemap, search index) succeeded, so a failed build never leaves a half-written dist/
// that a deploy step could pick up. On failure the previous dist/ stays as it was.
//
// The search index is built here, after `astro build` has exited, so that Astro's memory is
// returned before Pagefind's is taken (see src/build/search-index.ts).

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildSearchIndex } from '../src/build/search-index.ts';
import { cacheDir } from '../src/lib/cache-dir.ts';
import { contentDir } from '../src/lib/content-dir.ts';
import { readLaws, readSynonyms } from '../src/lib/content-files.ts';
import { searchSynonyms } from '../src/lib/search-dictionary.ts';

const root = path.resolve(import.meta.dirname, '..');
const out = path.resolve(root, process.env.FAWEN_OUT_DIR ?? 'dist');
const staging = `${out}.building-${process.pid}`;
const previous = `${out}.previous-${process.pid}`;

function fail(code: number): never {
  fs.rmSync(staging, { recursive: true, force: true });
  console.error(`构建失败，${path.relative(process.cwd(), out) || out} 保持原样。`);
  process.exit(code);
}

fs.rmSync(staging, { recursive: true, force: true });
// Astro runs in the caller's folder with --root pointing here: it keeps its prerender chunks under
// `<cwd>/.astro/`, so builds started from different folders (the bench) do not share them.
const build = spawnSync(
  process.execPath,
  [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', root, ...process.argv.slice(2)],
  { env: { ...process.env, FAWEN_OUT_DIR: staging }, stdio: 'inherit' },
);
if (build.status !== 0) fail(build.status ?? 1);

try {
  const content = path.resolve(root, contentDir());
  const synonyms = searchSynonyms(readSynonyms(content), readLaws(content));
  await buildSearchIndex({
    outDir: staging,
    synonyms,
    cacheDir: path.resolve(root, cacheDir()),
    force: process.argv.includes('--force'),
    log: (message) => console.log(`[fawen:search-index] ${message}`),
  });
} catch (error) {
  console.error(`[fawen:search-index] 搜索索引没有建成：${error instanceof Error ? error.message : String(error)}`);
  fail(1);
}

if (fs.existsSync(out)) fs.renameSync(out, previous);
fs.renameSync(staging, out);
fs.rmSync(previous, { recursive: true, force: true });

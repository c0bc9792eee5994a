// npm run build
//
// Builds the site into a fresh folder beside dist/ and puts it in place only when everything
// (pages, sitemap, search index) succeeded, so a failed build never leaves a half-written dist/
// that a deploy step could pick up. On failure the previous dist/ stays as it was.
//
// The search index is built here, after `astro build` has exited, so that Astro's memory is
// returned before Pagefind's is taken (see src/search/indexing/build-index.ts).

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { codeVersion, siteCodeVersion } from '../src/code-version.ts';
import { readLaws, readSynonyms } from '../src/knowledge/files.ts';
import { searchSynonyms } from '../src/search/dictionary.ts';
import { buildSearchIndex } from '../src/search/indexing/build-index.ts';
import { readPageKeys } from '../src/search/indexing/page-keys.ts';
import { settingsOrExit } from '../src/settings.ts';

const root = path.resolve(import.meta.dirname, '..');
const settings = settingsOrExit();
const out = path.resolve(root, settings.outDir);
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
  const content = path.resolve(root, settings.content);
  const synonyms = searchSynonyms(readSynonyms(content), readLaws(content));
  const cacheDir = path.resolve(root, settings.cacheDir);
  await buildSearchIndex({
    outDir: staging,
    synonyms,
    cacheDir,
    codeVersion: codeVersion(root),
    pageKeys: { keys: readPageKeys(cacheDir), siteCode: siteCodeVersion(root, settings) },
    shardPages: settings.searchShardPages,
    deltaPages: settings.searchDeltaPages,
    jobs: settings.searchJobs,
    force: process.argv.includes('--force'),
    log: (message) => console.log(`[fawen:search-index] ${message}`),
  });
} catch (error) {
  console.error(`[fawen:search-index] 搜索索引没有建成：${error instanceof Error ? error.message : String(error)}`);
  fail(1);
}

if (fs.existsSync(out)) fs.renameSync(out, previous);
fs.renameSync(staging, out);
// Deleting the previous output took 6.5 s of a 54 s warm rebuild at 10,000 questions (11,000 pages):
// a detached process deletes it, and the build is done as soon as the new output is in place.
if (fs.existsSync(previous)) {
  spawn(
    process.execPath,
    ['-e', `require('node:fs').rmSync(${JSON.stringify(previous)}, { recursive: true, force: true })`],
    { detached: true, stdio: 'ignore' },
  ).unref();
}

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CACHE_KEYED_CODE, codeVersion, siteCodeVersion } from '../../src/code-version.ts';
import { repoRoot } from '../helpers/build.ts';
import { closure } from '../helpers/imports.ts';

// What the build caches is shaped by the answer renderer (with the law library it reads) and by the
// search index writer. Every file they load must be in a cache-keyed folder, or editing it would
// leave stale pages and shards in the cache.
const CACHED_PIPELINES = [
  'src/answers/renderer.ts',
  'src/answers/render-worker.ts',
  'src/knowledge/files.ts',
  'src/search/indexing/build-index.ts',
  'src/search/indexing/shard-worker.ts',
];

describe('CACHE_KEYED_CODE', () => {
  it('holds every file the cached pipelines import', () => {
    const keyed = new Set<string>(CACHE_KEYED_CODE);
    const outside = [...closure(CACHED_PIPELINES)].filter((file) => !keyed.has(path.posix.dirname(file)));
    expect(outside).toEqual([]);
  });

  it('names no benchmark, server, test or browser code', () => {
    expect(CACHE_KEYED_CODE.filter((folder) => /^(bench|tests|scripts)\b|serve|client/.test(folder))).toEqual([]);
  });
});

describe('codeVersion', () => {
  // A copy of the code, edited by the tests below in turn.
  let copy: string;
  let before: string;
  const append = (file: string) => fs.appendFileSync(path.join(copy, file), '\n// edited\n');

  beforeAll(() => {
    copy = fs.mkdtempSync(path.join(os.tmpdir(), 'fawen-code-version-'));
    fs.cpSync(path.join(repoRoot, 'src'), path.join(copy, 'src'), { recursive: true });
    fs.cpSync(path.join(repoRoot, 'bench'), path.join(copy, 'bench'), { recursive: true });
    fs.cpSync(path.join(repoRoot, 'package-lock.json'), path.join(copy, 'package-lock.json'));
    before = codeVersion(copy);
  });

  afterAll(() => fs.rmSync(copy, { recursive: true, force: true }));

  it('is the same for the same code', () => {
    expect(codeVersion(copy)).toBe(before);
  });

  it('stays the same when code outside the keyed folders changes', () => {
    for (const file of ['bench/corpus/generate.ts', 'src/serve/cdn-server.ts', 'src/search/client/rank.ts'])
      append(file);
    expect(codeVersion(copy)).toBe(before);
  });

  it('changes when code in a keyed folder changes', () => {
    append('src/citations/parser.ts');
    expect(codeVersion(copy)).not.toBe(before);
  });

  it('changes when a dependency changes', () => {
    const changed = codeVersion(copy);
    append('package-lock.json');
    expect(codeVersion(copy)).not.toBe(changed);
  });
});

describe('siteCodeVersion', () => {
  let copy: string;
  const settings = { site: 'https://example.cn' };

  beforeAll(() => {
    copy = fs.mkdtempSync(path.join(os.tmpdir(), 'fawen-site-code-'));
    fs.cpSync(path.join(repoRoot, 'src'), path.join(copy, 'src'), { recursive: true });
    fs.cpSync(path.join(repoRoot, 'bench'), path.join(copy, 'bench'), { recursive: true });
    for (const file of ['package-lock.json', 'astro.config.mjs'])
      fs.cpSync(path.join(repoRoot, file), path.join(copy, file));
  });

  afterAll(() => fs.rmSync(copy, { recursive: true, force: true }));

  // Each edit below changes what a page may show; a bench edit never does.
  it('changes with any file under src/, the Astro config, the lockfile or the settings, and nothing else', () => {
    let last = siteCodeVersion(copy, settings);
    expect(siteCodeVersion(copy, settings)).toBe(last);
    fs.appendFileSync(path.join(copy, 'bench/corpus/generate.ts'), '\n// edited\n');
    expect(siteCodeVersion(copy, settings)).toBe(last);
    for (const file of [
      'src/components/LawyerCard.astro',
      'src/styles/global.css',
      'astro.config.mjs',
      'package-lock.json',
    ]) {
      fs.appendFileSync(path.join(copy, file), '\n');
      const now = siteCodeVersion(copy, settings);
      expect(now, file).not.toBe(last);
      last = now;
    }
    expect(siteCodeVersion(copy, { site: 'https://other.example.cn' })).not.toBe(last);
  });
});

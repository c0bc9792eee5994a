import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULTS, readSettings, SettingsError, SHARD_PAGES } from '../../src/settings.ts';
import { repoRoot } from '../helpers/build.ts';
import { codeFiles } from '../helpers/imports.ts';

describe('readSettings', () => {
  it('gives the defaults for an empty environment, and for variables set to nothing', () => {
    expect(readSettings({})).toEqual(DEFAULTS);
    expect(readSettings({ FAWEN_SEARCH_JOBS: '', FAWEN_SITE: '' })).toEqual(DEFAULTS);
    expect(DEFAULTS.searchShardPages).toBe(SHARD_PAGES);
  });

  it('reads every FAWEN_* variable', () => {
    expect(
      readSettings({
        FAWEN_SITE: 'https://law.example.org',
        FAWEN_CONTENT: '/data/kb/',
        FAWEN_OUT_DIR: '/tmp/out',
        FAWEN_CACHE_DIR: '/tmp/cache',
        FAWEN_EDIT_BASE: 'https://git.example.org/kb/edit/main/',
        FAWEN_SEARCH_SHARD_PAGES: '8',
        FAWEN_SEARCH_JOBS: '2',
        FAWEN_SEARCH_DELTA_PAGES: '3',
      }),
    ).toEqual({
      site: 'https://law.example.org',
      content: '/data/kb',
      outDir: '/tmp/out',
      cacheDir: '/tmp/cache',
      editBase: 'https://git.example.org/kb/edit/main/',
      searchShardPages: 8,
      searchJobs: 2,
      searchDeltaPages: 3,
    });
  });

  it('names every bad value in one line each, with what it should be', () => {
    let error: unknown;
    try {
      readSettings({ FAWEN_SEARCH_SHARD_PAGES: '0', FAWEN_SEARCH_JOBS: 'two', FAWEN_SITE: 'fawen.example.cn' });
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(SettingsError);
    expect((error as SettingsError).problems).toEqual([
      'FAWEN_SITE must be an absolute http(s) URL such as https://fawen.example.cn, got “fawen.example.cn”',
      'FAWEN_SEARCH_SHARD_PAGES must be a positive integer such as 4000, got “0”',
      'FAWEN_SEARCH_JOBS must be a positive integer such as 1, got “two”',
    ]);
  });
});

describe('FAWEN_* variables', () => {
  it('are read nowhere but src/settings.ts', () => {
    const files = ['src', 'scripts', 'bench', 'tests'].flatMap(codeFiles).concat('astro.config.mjs');
    // A read of the environment by name, not a key written into a child's environment. Vite's
    // `import.meta.env` constants are build-time defines, not the environment.
    const reads = files.flatMap((file) =>
      [
        ...fs
          .readFileSync(path.join(repoRoot, file), 'utf8')
          .matchAll(/(?<!import\.meta\.)\benv(?:\.|\[['"])FAWEN_\w+/g),
      ].map(([read]) => `${file}: ${read}`),
    );
    expect(reads.filter((read) => !read.startsWith('src/settings.ts:'))).toEqual([]);
  });
});

import fs from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, repoRoot, type BuildResult, type FixtureSite } from '../helpers/build.ts';

// The sample site in shards of 8 pages: 5 (newest), 8 and 8.
const SHARDS = { FAWEN_SEARCH_SHARD_PAGES: '8' };
const EDITED = 'questions/ba-shi-san-sui-lao-ren-fan-zui.md';
const ADDED_WORDS = '邻居都叫他老顽童';

let site: FixtureSite;
let first: BuildResult;
let firstIndex: Map<string, Buffer>;
let second: BuildResult;

const shardLines = (output: string) => output.split('\n').filter((line) => /indexed \d+ pages into /.test(line));

/** Every file of the built search index, by path under pagefind/. */
function readIndex(dist: string): Map<string, Buffer> {
  const dir = path.join(dist, 'pagefind');
  return new Map(
    fs
      .globSync('**/*', { cwd: dir })
      .filter((file) => fs.statSync(path.join(dir, file)).isFile())
      .map((file) => [file, fs.readFileSync(path.join(dir, file))]),
  );
}

/** The folder of one shard's own files: `` for the first, `shard-N/` for the others. */
const shardOf = (file: string) => /^shard-\d+\//.exec(file)?.[0] ?? '';

beforeAll(async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'fawen-search-cache-'));
  site = {
    dir,
    content: path.join(dir, 'content'),
    dist: path.join(dir, 'dist'),
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
  await cp(path.join(repoRoot, 'content'), site.content, { recursive: true });
  first = await buildSite(site, SHARDS);
  firstIndex = readIndex(site.dist);
  const file = path.join(site.content, EDITED);
  const text = fs.readFileSync(file, 'utf8');
  fs.writeFileSync(file, text.replace('家里有个83岁的老人犯事了', `家里有个83岁的老人犯事了，${ADDED_WORDS}`));
  second = await buildSite(site, SHARDS);
}, 180_000);

afterAll(() => site?.cleanup());

describe('search index cache', () => {
  it('writes every shard on a cold build', () => {
    expect(first.code, first.output).toBe(0);
    const lines = shardLines(first.output);
    expect(lines).toHaveLength(3);
    expect(lines.filter((line) => line.includes('from the cache'))).toEqual([]);
  });

  it('after one edited question writes only that question’s shard and copies the others', () => {
    expect(second.code, second.output).toBe(0);
    const lines = shardLines(second.output);
    expect(lines).toHaveLength(3);
    expect(lines.filter((line) => !line.includes('from the cache'))).toHaveLength(1);
  });

  it('copies unchanged shards byte for byte and indexes the edit in the rewritten one', () => {
    const secondIndex = readIndex(site.dist);
    const changed = new Set(
      [...new Set([...firstIndex.keys(), ...secondIndex.keys()])]
        .filter((file) => !firstIndex.get(file)?.equals(secondIndex.get(file) ?? Buffer.alloc(0)))
        .map(shardOf),
    );
    expect(changed.size).toBe(1);
    const [shard] = changed;
    const fragments = [...secondIndex]
      .filter(([file]) => shardOf(file) === shard && file.includes('fragment/'))
      .map(([, bytes]) => gunzipSync(bytes).toString('utf8'));
    expect(fragments.some((fragment) => fragment.includes(ADDED_WORDS))).toBe(true);
  });

  it('keeps only the shards of the latest build in the cache', () => {
    expect(fs.readdirSync(path.join(site.dir, 'cache/search-index'))).toHaveLength(3);
  });
});

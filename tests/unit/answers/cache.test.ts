import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answerCache } from '../../../src/answers/cache.ts';

describe('answerCache', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fawen-answers-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const key = (n: number) => n.toString(16).padStart(32, 'a');

  it('reads back what was written, and nothing for an unknown key', () => {
    const cache = answerCache(dir);
    cache.write(key(1), '<p>答</p>');
    expect(cache.read(key(1))).toBe('<p>答</p>');
    expect(cache.has(key(1))).toBe(true);
    expect(cache.read(key(2))).toBeUndefined();
    expect(cache.has(key(2))).toBe(false);
  });

  it('leaves no temporary file behind', () => {
    answerCache(dir).write(key(1), '<p>答</p>');
    expect(fs.globSync('**/*', { cwd: dir }).filter((name) => name.includes('.html.'))).toEqual([]);
  });

  it('prunes exactly the keys no longer kept', () => {
    const cache = answerCache(dir);
    for (const n of [1, 2, 3]) cache.write(key(n), `<p>${n}</p>`);
    expect(cache.prune(new Set([key(2)]))).toBe(2);
    expect([1, 2, 3].map((n) => cache.has(key(n)))).toEqual([false, true, false]);
  });

  it('prunes nothing when the folder does not exist yet', () => {
    expect(answerCache(path.join(dir, 'missing')).prune(new Set())).toBe(0);
  });
});

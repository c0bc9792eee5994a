import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerCache } from '../../../src/answers/cache.ts';
import { createHash } from 'node:crypto';
import { renderAllAnswers } from '../../../src/answers/render-all.ts';
import { createAnswerRenderer } from '../../../src/answers/renderer.ts';
import { loadContentFiles, loadLawLibrary } from '../../../src/knowledge/files.ts';
import type { QuestionEntry } from '../../../src/knowledge/model.ts';
import { repoRoot } from '../../helpers/build.ts';

// The sample's answers, copied until there are enough for a rendering thread to start; each copy
// differs by one sentence, so each has its own key.
const contentDir = path.join(repoRoot, 'content');
const sample = loadContentFiles(contentDir, repoRoot).content.questions;
const copies: QuestionEntry[] = Array.from({ length: 220 }, (_, n) => {
  const question = sample[n % sample.length]!;
  return { ...question, body: `${question.body}\n\n第 ${n} 份副本。\n` };
});
const site = 'https://fawen.example.cn';
// Any key that differs between different answers will do here; src/answers/key.ts has its own tests.
const keyOf = (question: QuestionEntry) => createHash('sha256').update(question.body).digest('hex').slice(0, 32);

describe('renderAllAnswers', () => {
  let cacheDir: string;
  beforeAll(() => (cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fawen-render-all-'))));
  afterAll(() => fs.rmSync(cacheDir, { recursive: true, force: true }));
  const options = { root: repoRoot, contentDir, site, keyOf, jobs: 1 };

  it('renders on a thread what the renderer renders in-process, byte for byte, and reports each answer', async () => {
    const reported: string[] = [];
    const queued: string[] = [];
    const result = await renderAllAnswers({
      ...options,
      cacheDir,
      questions: copies,
      onQueued: (keys) => queued.push(...keys),
      onRendered: (key) => reported.push(key),
    });
    expect(result).toMatchObject({ threads: 1, ahead: copies.length, inline: 0, cached: 0, pruned: 0 });
    const keys = copies.map((question) => keyOf(question));
    expect(queued).toEqual(keys);
    expect(reported).toEqual(keys);
    const render = await createAnswerRenderer({ site, library: loadLawLibrary(contentDir), root: repoRoot });
    const cache = answerCache(cacheDir);
    for (const question of [copies[0]!, copies[101]!, copies.at(-1)!]) {
      expect(cache.read(keyOf(question))).toBe(await render(question));
    }
  });

  it('renders nothing twice, leaves a few new answers to the pages and prunes the stale ones', async () => {
    const edited = copies.map((question, n) => (n < 3 ? { ...question, body: `${question.body}改。\n` } : question));
    const result = await renderAllAnswers({ ...options, cacheDir, questions: edited });
    expect(result).toMatchObject({ threads: 0, ahead: 0, inline: 3, cached: copies.length - 3, pruned: 3 });
  });

  it('fails naming the file of an answer that cannot be rendered', async () => {
    const broken = copies.map((question, n) =>
      n === 150
        ? { ...question, file: 'content/questions/broken.md', body: '依照《中华人民共和国民法典》第九千九百九十九条。' }
        : question,
    );
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fawen-render-all-'));
    try {
      await expect(renderAllAnswers({ ...options, cacheDir: dir, questions: broken })).rejects.toThrow(
        /content\/questions\/broken\.md/,
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

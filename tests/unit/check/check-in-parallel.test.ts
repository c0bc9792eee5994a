import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { listQuestionFiles } from '../../../src/knowledge/files.ts';
import { checkContent } from '../../../src/check/check-content.ts';
import { checkContentInParallel } from '../../../src/check/check-in-parallel.ts';
import { prepareFixture, repoRoot, type FixtureSite } from '../../helpers/build.ts';

// Two threads, whatever the content's size, so that every file is shared between them.
const PARALLEL = { threads: 2, parallelFrom: 0 };

const figures = (result: Awaited<ReturnType<typeof checkContentInParallel>>) => ({
  problems: result.problems,
  counts: result.counts,
  questions: result.loaded.content.questions.map(({ id, file, data }) => ({ id, file, data })),
});

let site: FixtureSite | undefined;
afterEach(() => site?.cleanup());

describe('checkContentInParallel', () => {
  it('finds on two threads what one thread finds on the sample content, answers and all', async () => {
    const content = path.join(repoRoot, 'content');
    const one = checkContent(content, repoRoot);
    const two = await checkContentInParallel(content, repoRoot, { ...PARALLEL, keepBodies: true });
    expect(figures(two)).toEqual(figures(one));
    expect(two.problems.length).toBeGreaterThan(0);
    expect(two.loaded.content.questions.map((question) => question.body)).toEqual(
      one.loaded.content.questions.map((question) => question.body),
    );
  });

  it('drops the answers’ text when asked to, and finds the same problems', async () => {
    const content = path.join(repoRoot, 'content');
    const two = await checkContentInParallel(content, repoRoot, { ...PARALLEL, keepBodies: false });
    expect(two.problems).toEqual(checkContent(content, repoRoot).problems);
    expect(new Set(two.loaded.content.questions.map((question) => question.body))).toEqual(new Set(['']));
  });

  it('checks the answers against the schema’s laws when a law file is invalid', async () => {
    site = await prepareFixture('basic', ['anti-unfair-competition-law', 'civil-code']);
    fs.writeFileSync(path.join(site.content, 'laws/civil-code.json'), '{ not json');
    const two = await checkContentInParallel(site.content, site.dir, { ...PARALLEL, keepBodies: false });
    const one = checkContent(site.content, site.dir);
    expect(two.problems).toEqual(one.problems);
    expect(two.problems.some((problem) => problem.file === 'content/laws/civil-code.json')).toBe(true);
  });

  describe('on 3,000 generated questions, so that both threads take files', () => {
    let content: string;
    beforeAll(() => {
      content = fs.mkdtempSync(path.join(tmpdir(), 'fawen-check-threads-'));
      const made = spawnSync(
        process.execPath,
        [path.join(repoRoot, 'bench/make-corpus.ts'), '--count', '3000', '--out', content],
        { encoding: 'utf8' },
      );
      if (made.status !== 0) throw new Error(made.stderr);
      // Mistakes early, in the middle and last, wherever the threads' claims fall.
      const files = listQuestionFiles(content);
      for (const [index, edit] of [
        [0, (text: string) => text.replace(/^lawyer: .*$/m, 'lawyer: nobody')],
        [1500, (text: string) => `${text}\n<script>alert(1)</script>\n`],
        [files.length - 1, (text: string) => text.replace(/^title: .*\n/m, '')],
      ] as const) {
        const file = path.join(content, files[index]!);
        fs.writeFileSync(file, edit(fs.readFileSync(file, 'utf8')));
      }
    });
    afterAll(() => fs.rmSync(content, { recursive: true, force: true }));

    it('finds every problem one thread finds, in the same order, with the same answers', async () => {
      const one = checkContent(content, repoRoot);
      const two = await checkContentInParallel(content, repoRoot, { ...PARALLEL, keepBodies: true });
      expect(one.problems.filter((problem) => problem.severity === 'error')).toHaveLength(3);
      expect(figures(two)).toEqual(figures(one));
      expect(two.loaded.content.questions.map((question) => question.body)).toEqual(
        one.loaded.content.questions.map((question) => question.body),
      );
    });
  });
});

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/check/check-content.ts';
import { loadContentFiles } from '../../../src/knowledge/files.ts';
import { repoRoot } from '../../helpers/build.ts';

// 30 questions is enough for every rule the corpus promises. One answer in every 20 (index 7, 27, …)
// imitates the sample's answer that relies on the 2019 反不正当竞争法, so this size always contains
// two of them whatever the seed.
const COUNT = 30;

function generate(args: string[]) {
  const result = spawnSync(process.execPath, [path.join(repoRoot, 'bench/make-corpus.ts'), ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  return { code: result.status, out: result.stdout + result.stderr };
}

/** Every file under a folder with its bytes, keyed by relative path. */
function snapshot(dir: string): Map<string, Buffer> {
  const files = fs.globSync('**/*', { cwd: dir }).filter((file) => fs.statSync(path.join(dir, file)).isFile());
  return new Map(files.sort().map((file) => [file, fs.readFileSync(path.join(dir, file))]));
}

// Buffer.equals rather than toEqual: a deep comparison of megabytes of law JSON takes seconds.
function expectSameFiles(actual: Map<string, Buffer>, expected: Map<string, Buffer>): void {
  expect([...actual.keys()]).toEqual([...expected.keys()]);
  for (const [file, bytes] of expected) expect(actual.get(file)?.equals(bytes), file).toBe(true);
}

const hanCount = (text: string) => text.match(/\p{Script=Han}/gu)?.length ?? 0;

let work: string;
let first: string;
let firstRun: ReturnType<typeof generate>;

beforeAll(() => {
  work = fs.mkdtempSync(path.join(tmpdir(), 'fawen-corpus-'));
  first = path.join(work, 'a');
  firstRun = generate(['--count', String(COUNT), '--out', first, '--seed', '1']);
});

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('npm run bench:corpus', () => {
  it('writes a content folder that passes the content check with no errors', () => {
    expect(firstRun.out).toMatch(/^wrote \d+ files \(30 questions, [\d.]+ MB\)/);
    expect(firstRun.code).toBe(0);
    const { problems, counts } = checkContent(first, first);
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(counts).toMatchObject({ questions: COUNT, categories: 9, laws: 14 });
    expect(counts.authors).toBeGreaterThan(10);
  });

  it('warns only about the answers that deliberately rely on the 2019 反不正当竞争法', () => {
    const warnings = checkContent(first, first).problems;
    expect(warnings.length).toBeGreaterThan(0);
    for (const warning of warnings) {
      expect(warning).toMatchObject({ severity: 'warning', field: 'statutes' });
      expect(warning.message).toContain('《反不正当竞争法》2019-04-23 版已被 2025-10-15 起施行的版本取代');
    }
  });

  it('writes one file per question, spread over category folders, with unique slugs', () => {
    const questions = fs.globSync('questions/**/*.md', { cwd: first });
    expect(questions).toHaveLength(COUNT);
    const slugs = questions.map((file) => path.basename(file, '.md'));
    expect(new Set(slugs).size).toBe(COUNT);
    for (const file of questions) expect(file).toMatch(/^questions\/[a-z-]+\/\d{2}\/q-\d{6}-[a-z-]+\.md$/);
  });

  it('links related questions that exist and writes answers of realistic length', () => {
    const { content } = loadContentFiles(first, first);
    const slugs = new Set(content.questions.map((question) => question.id));
    expect(content.questions.some((question) => question.data.related.length > 0)).toBe(true);
    for (const question of content.questions) {
      for (const related of question.data.related) {
        expect(related).not.toBe(question.id);
        expect(slugs.has(related)).toBe(true);
      }
      expect(question.data.statutes.length).toBeGreaterThanOrEqual(1);
      expect(question.data.statutes.length).toBeLessThanOrEqual(4);
      expect(hanCount(question.body)).toBeGreaterThanOrEqual(1000);
      expect(question.body).not.toMatch(/<[a-z]/i);
    }
  });

  it('gives identical bytes for the same seed and different content for another seed', () => {
    const again = path.join(work, 'b');
    const other = path.join(work, 'c');
    expect(generate(['--count', String(COUNT), '--out', again, '--seed', '1']).code).toBe(0);
    expect(generate(['--count', String(COUNT), '--out', other, '--seed', '2']).code).toBe(0);
    const a = snapshot(first);
    expectSameFiles(snapshot(again), a);
    const c = snapshot(other);
    const differs = [...a].some(([file, bytes]) => !c.get(file)?.equals(bytes));
    expect(differs || c.size !== a.size).toBe(true);
  });

  it('refuses a non-empty --out unless --force, and leaves no temporary folder behind', () => {
    const before = snapshot(first);
    const refused = generate(['--count', '5', '--out', first]);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('is not empty');
    expectSameFiles(snapshot(first), before);

    const forced = generate(['--count', '5', '--out', first, '--force']);
    expect(forced.code).toBe(0);
    expect(fs.globSync('questions/**/*.md', { cwd: first })).toHaveLength(5);
    expect(fs.readdirSync(work).filter((name) => name.includes('.tmp-'))).toEqual([]);
  });

  it('rejects missing or invalid arguments with usage', () => {
    expect(generate(['--out', path.join(work, 'd')]).code).toBe(2);
    const bad = generate(['--count', '0', '--out', path.join(work, 'd')]);
    expect(bad.code).toBe(2);
    expect(bad.out).toContain('usage:');
    expect(fs.existsSync(path.join(work, 'd'))).toBe(false);
  });
});

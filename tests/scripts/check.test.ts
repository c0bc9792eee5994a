import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { editFixture, prepareFixture, repoRoot, type FixtureSite } from '../helpers/build.ts';
import { MISTAKES } from '../helpers/mistakes.ts';

function check(env: NodeJS.ProcessEnv = {}, args: string[] = []) {
  const result = spawnSync(process.execPath, [path.join(repoRoot, 'scripts/check.ts'), ...args], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  return { code: result.status, out: result.stdout + result.stderr };
}

let site: FixtureSite | undefined;
afterEach(() => site?.cleanup());

describe('npm run check', () => {
  it('exits 0 on the sample content and reports the answer relying on a superseded law version', () => {
    const { code, out } = check();
    expect(code).toBe(0);
    expect(out).toContain(
      'content/questions/shang-ye-ji-mi-an-quan-bao-hu.md:7: 警告 statutes: 解答依据的法律版本已修订：《反不正当竞争法》2019-04-23 版已被 2025-10-15 起施行的版本取代（第九条 → 第十条（内容未变）、第十七条 → 第二十二条（内容有修改））',
    );
    expect(out).toMatch(/检查了 21 个问题、2 位作者、9 个分类、14 部法律：0 个错误，1 个警告\n$/);
  });

  it('exits 1 on errors, and --json gives the same problems to tools', async () => {
    site = await prepareFixture('basic', ['anti-unfair-competition-law']);
    await editFixture(site, 'questions/new-law.md', (t) => t.replace('lawyer: editors', 'lawyer: nobody'));
    const { code, out } = check({ FAWEN_CONTENT: site.content });
    expect(code).toBe(1);
    expect(out).toMatch(/content\/questions\/new-law\.md:6: lawyer: 找不到作者“nobody”/);
    const json = check({ FAWEN_CONTENT: site.content }, ['--json']);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.out);
    expect(report.errors).toBe(1);
    expect(report.problems[0]).toMatchObject({ severity: 'error', field: 'lawyer', line: 6 });
  });
});

describe('npm run check on each kind of editor’s mistake', () => {
  it.each(MISTAKES)('exits 1 on %s with the exact message', async (_name, file, edit, message) => {
    site = await prepareFixture('basic', ['anti-unfair-competition-law', 'civil-code']);
    await editFixture(site, file, edit);
    const { code, out } = check({ FAWEN_CONTENT: site.content });
    expect(code).toBe(1);
    expect(out).toContain(`content/${message}`);
    expect(out).toMatch(/：[1-9]\d* 个错误，\d+ 个警告\n$/);
  });
});

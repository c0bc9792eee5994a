import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/check-content.ts';
import { formatProblem } from '../../src/knowledge/problems.ts';
import { prepareFixture, repoRoot, type FixtureSite } from '../helpers/build.ts';

let site: FixtureSite;
beforeEach(async () => {
  site = await prepareFixture('basic', ['anti-unfair-competition-law']);
});
afterEach(() => site.cleanup());

/** `npm run new -- …` as an editor runs it from the site's folder; stdin is a pipe, not a terminal. */
function runNew(...args: string[]) {
  const result = spawnSync(process.execPath, [path.join(repoRoot, 'scripts/new.ts'), ...args], {
    cwd: site.dir,
    env: { ...process.env, FAWEN_CONTENT: site.content },
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const questions = () => fs.readdirSync(path.join(site.content, 'questions')).sort();
const ORIGINAL = ['draft-question.md', 'new-law.md', 'trade-secrets.md'];
const NEXT_STEPS = [
  '这是一篇草稿（draft: true）：npm run dev 预览时能看到，但在改为 draft: false 之前不会发布。',
  '接下来：',
  '  1. 把 question 和正文里的“【待填写】”换成读者的提问和解答；引用的法条同时写进 statutes，需要时填写 tags 和 related。',
  '  2. npm run dev 预览，npm run check 检查格式和法条引用。',
  '  3. 写完后把 draft: true 改为 draft: false，再提交。',
];
const TITLE = '无证驾驶拘留最少几天？';
const OPTIONS = ['--category', 'contracts', '--lawyer', 'editors', '--date', '2026-11-27'];

describe('npm run new', () => {
  it('creates a draft named after the title in pinyin that passes the content check', () => {
    const { code, stdout, stderr } = runNew(TITLE, ...OPTIONS);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe(
      ['已创建 content/questions/wu-zheng-jia-shi-ju-liu-zui-shao-ji-tian.md', ...NEXT_STEPS, ''].join('\n'),
    );
    const file = path.join(site.content, 'questions/wu-zheng-jia-shi-ju-liu-zui-shao-ji-tian.md');
    expect(fs.readFileSync(file, 'utf8')).toBe(
      [
        '---',
        'title: 无证驾驶拘留最少几天？',
        'question: 【待填写】请在这里写读者的提问：遇到了什么情况，想知道什么。',
        'category: contracts',
        'tags: []',
        'lawyer: editors',
        'statutes: []',
        'related: []',
        'published: 2026-11-27',
        'draft: true',
        '---',
        '',
        '【待填写】请在这里写解答正文。引用法条时写明法律名称和条号，并把引用的条文加入上面的 statutes。',
        '',
      ].join('\n'),
    );
    const { problems } = checkContent(site.content, site.dir);
    expect(problems.filter((problem) => problem.severity === 'error').map(formatProblem)).toEqual([]);
    expect(problems.filter((problem) => problem.file.includes('wu-zheng'))).toEqual([]);
  });

  it('mends ASCII punctuation in the title and takes the next free slug when the name is taken', () => {
    expect(runNew('无证驾驶拘留最少几天?', ...OPTIONS).code).toBe(0);
    const { code, stdout } = runNew('无证驾驶拘留最少几天?', ...OPTIONS);
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        '网址 wu-zheng-jia-shi-ju-liu-zui-shao-ji-tian 已被占用，改用 wu-zheng-jia-shi-ju-liu-zui-shao-ji-tian-2',
        '注意：content/questions/wu-zheng-jia-shi-ju-liu-zui-shao-ji-tian.md 的标题与此相同，请确认不是重复的问题',
        '已创建 content/questions/wu-zheng-jia-shi-ju-liu-zui-shao-ji-tian-2.md',
        ...NEXT_STEPS,
        '',
      ].join('\n'),
    );
    expect(
      fs.readFileSync(path.join(site.content, 'questions/wu-zheng-jia-shi-ju-liu-zui-shao-ji-tian-2.md'), 'utf8'),
    ).toMatch(/^---\ntitle: 无证驾驶拘留最少几天？\n/);
  });

  it('refuses to overwrite an existing file', () => {
    const before = fs.readFileSync(path.join(site.content, 'questions/new-law.md'), 'utf8');
    const { code, stdout, stderr } = runNew(TITLE, '--slug', 'new-law', ...OPTIONS);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe('已存在 content/questions/new-law.md，未覆盖：请换一个 --slug，或直接编辑这个文件\n');
    expect(fs.readFileSync(path.join(site.content, 'questions/new-law.md'), 'utf8')).toBe(before);
    expect(questions()).toEqual(ORIGINAL);
  });

  it('names the options to pass when there is no terminal to ask on', () => {
    const { code, stdout, stderr } = runNew(TITLE, '--date', '2026-11-27');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      [
        '缺少 --category：没有终端可以询问，请用 --category <id> 指定分类，可选 ip（知识产权）、contracts（合同）',
        '缺少 --lawyer：没有终端可以询问，请用 --lawyer <id> 指定作者，可选 editors（测试编辑部）、wang-fang（王芳）',
        '',
      ].join('\n'),
    );
    expect(runNew(TITLE, '--category', 'ip').stderr).toBe(
      '缺少 --lawyer：没有终端可以询问，请用 --lawyer <id> 指定作者，可选 editors（测试编辑部）、wang-fang（王芳）\n',
    );
    expect(questions()).toEqual(ORIGINAL);
  });

  it('lists the valid ids for an unknown category or author', () => {
    const category = runNew(TITLE, '--category', 'traffic', '--lawyer', 'editors');
    expect(category.code).toBe(1);
    expect(category.stderr).toBe('找不到分类“traffic”：可选的分类有 ip（知识产权）、contracts（合同）\n');
    const lawyer = runNew(TITLE, '--category', 'ip', '--lawyer', 'editorial');
    expect(lawyer.code).toBe(1);
    expect(lawyer.stderr).toBe('找不到作者“editorial”：可选的作者有 editors（测试编辑部）、wang-fang（王芳）\n');
    expect(questions()).toEqual(ORIGINAL);
  });

  it('rejects a missing title, a malformed date or slug as usage errors', () => {
    const usage =
      '用法：npm run new -- "问题标题" [--category <分类 id>] [--lawyer <作者 id>] [--slug <网址>] [--date YYYY-MM-DD]';
    expect(runNew('--category', 'ip')).toMatchObject({ code: 2, stderr: `缺少问题标题\n${usage}\n` });
    expect(runNew(TITLE, ...OPTIONS, '--date', '2026-02-30')).toMatchObject({
      code: 2,
      stderr: '--date: “2026-02-30”不是有效日期，应为 YYYY-MM-DD，例如 2026-11-27\n',
    });
    expect(runNew(TITLE, ...OPTIONS, '--slug', 'Wu_Zheng')).toMatchObject({
      code: 2,
      stderr: '--slug: “Wu_Zheng”不能作网址：只能用小写字母、数字和连字符，例如 wu-zheng-jia-shi\n',
    });
    expect(runNew('？？？', ...OPTIONS)).toMatchObject({
      code: 2,
      stderr: '无法从标题“？？？”生成网址：请用 --slug 指定，例如 --slug wu-zheng-jia-shi\n',
    });
    expect(questions()).toEqual(ORIGINAL);
  });
});

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/check-content.ts';
import { formatProblem } from '../../src/knowledge/problems.ts';
import { prepareFixture, repoRoot, type FixtureSite } from '../helpers/build.ts';

const SEED = path.join(repoRoot, '../shared/seed/000_c2161ba0dfbbaf71.txt');
const seedText = fs.readFileSync(SEED, 'utf8');
const LAWS = ['anti-unfair-competition-law', 'civil-code'];
const ANSWERED = 'ru-he-cai-neng-zuo-hao-shang-ye-ji-mi-an-quan-bao-hu-gong';
const DRAFTS = [
  'li-hun-shi-chai-qian-an-zhi-fang-ying-dang-ru-he-fen-ge',
  'fa-yuan-pan-bu-li-hun-hou-ru-he-cai-neng-li-hun',
  'wu-zheng-jia-shi-ju-liu-zui-shao-ji-tian',
  'kou-tou-cheng-nuo-dui-fang-bu-cheng-ren-gai-zen-me-ban',
  'shou-ju-dan-shi-fou-ju-you-fa-lv-xiao-li',
  'shang-pin-tiao-ma-ke-yi-xu-ke-gei-bie-ren-shi-yong-ma',
  'hun-qian-tong-ju-jia-bao-shi-fou-fan-fa',
  'jiao-tong-shi-gu-qi-su-dou-shi-an-jin-e-qi-suan-ma',
  'pan-jue-sheng-xiao-shi-jian-gai-ru-he-ji-suan',
  'ru-guo-shang-jia-fa-cuo-huo-qie-lian-xi-bu-shang-shang-jia',
  'shen-me-shi-po-huai-zi-ran-bao-hu-di-zui',
  'yang-lao-jin-jiao-na-ji-shu-ru-he-ji-suan',
  'shi-ye-bu-zhu-jin-gai-zen-me-ling-qu',
  'shang-jia-shi-pin-bian-zhi-dui-mai-jia-ying-ru-he-pei-chang',
  '83-sui-de-ren-fan-zui-hui-zen-me-pan',
  'xiao-xing-che-huo-shi-gu-ren-ding-biao-zhun-shi-shen-me-yang',
  'hu-lian-wang-shang-wang-fu-wu-ying-ye-chang-suo-jing-ying',
  'ying-xiang-fa-yuan-liang-xing-de-yin-su-you-na-xie',
  'shou-fu-jiao-le-zhi-hou-duo-jiu-ke-yi-ti-che',
  'zhi-an-ju-liu-ke-yi-bao-shi-chu-lai-ma',
];
const draftLines = (slugs = DRAFTS) => slugs.map((slug) => `已写入 content/questions/${slug}.md（草稿，作者 editors）`);
const NEXT_STEPS = [
  '接下来：',
  '  1. 导入的问题都归入分类 ip：请逐一核对 category，需要时填写 tags 和 related。',
  '  2. published 都是 2025-06-18，法条按这一天施行的版本核对：如果原文注明了解答日期，请改成那一天（或用 --date 重新导入）。',
  '  3. 草稿（draft: true）不会发布：补写解答、确定作者后把 draft 改为 false。',
  '  4. npm run check 检查，npm run dev 预览。',
];
const NO_LAWYER =
  '未识别到律师信息：标题“如何才能做好商业机密安全保护工作？”之后、“相关问题”之前没有“姓名+执业身份”的一行（例如“张凯执业律师”），这个已答问题未导入';
const USAGE =
  '用法：npm run import:text -- <文本文件> --category <分类 id> [--out <内容目录>] [--lawyer-id <律师 id>] [--date YYYY-MM-DD]';

const sites: FixtureSite[] = [];
let site: FixtureSite;
beforeEach(async () => {
  site = await fixture();
});
afterEach(async () => {
  await Promise.all(sites.splice(0).map((each) => each.cleanup()));
});

async function fixture(): Promise<FixtureSite> {
  const prepared = await prepareFixture('basic', LAWS);
  sites.push(prepared);
  return prepared;
}

/** `npm run import:text -- …` from the site's folder, into its content via --out. */
function runImport(args: string[], target = site) {
  const result = spawnSync(process.execPath, [path.join(repoRoot, 'scripts/import-text.ts'), ...args], {
    cwd: target.dir,
    env: { ...process.env, FAWEN_CONTENT: undefined },
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const importArgs = (file: string) => [file, '--out', 'content', '--category', 'ip', '--date', '2025-06-18'];

/** A variant of the seed page saved next to the fixture. */
function saved(target: FixtureSite, text: string): string {
  const file = path.join(target.dir, 'page.txt');
  fs.writeFileSync(file, text);
  return file;
}

const read = (target: FixtureSite, file: string) => fs.readFileSync(path.join(target.content, file), 'utf8');
const questionFiles = (target: FixtureSite) => fs.readdirSync(path.join(target.content, 'questions')).sort();

describe('npm run import:text', () => {
  it('imports the seed page: its lawyer, the answered question and 20 drafts, all passing the check', () => {
    const { code, stdout, stderr } = runImport(importArgs(SEED));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        '已写入 content/lawyers/zhang-kai.yaml（律师 张凯）',
        `已写入 content/questions/${ANSWERED}.md（已答问题，作者 zhang-kai）`,
        ...draftLines(),
        '共写入 22 个文件：1 个已答问题、20 个草稿、1 位律师；0 个已有文件未覆盖；0 处需要人工处理',
        ...NEXT_STEPS,
        '',
      ].join('\n'),
    );

    expect(read(site, 'lawyers/zhang-kai.yaml')).toMatch(
      /\nname: 张凯\nkind: lawyer\ncredential: 执业律师\nhelped: 867\nbio: 张凯，执业律师，已帮助 867 人解决法律问题。\n$/,
    );
    const answered = read(site, `questions/${ANSWERED}.md`);
    expect(answered).toMatch(
      /^---\ntitle: 如何才能做好商业机密安全保护工作？\nquestion: 我自己经营着一家小公司，有一些/,
    );
    expect(answered).toContain(
      'lawyer: zhang-kai\nstatutes:\n  - { law: anti-unfair-competition-law, article: 9 }\n' +
        '  - { law: civil-code, article: 577 }\n  - { law: anti-unfair-competition-law, article: 17 }\n' +
        'related: []\npublished: 2025-06-18\ndraft: false\n---\n\n要做好商业机密安全保护工作，可从多个方面入手。',
    );
    // Five answer paragraphs, full-width punctuation throughout.
    expect(answered.split('---\n')[2]!.trim().split('\n\n')).toHaveLength(5);
    expect(answered).not.toMatch(/[\p{Script=Han}][,:;?]/u);
    expect(read(site, `questions/${DRAFTS[2]}.md`)).toMatch(
      /\nlawyer: editors\nstatutes: \[\]\nrelated: \[\]\npublished: 2025-06-18\ndraft: true\n---\n\n【待解答】这个问题从 000_c2161ba0dfbbaf71\.txt 导入/,
    );

    const { problems, counts } = checkContent(site.content, site.dir);
    expect(counts).toMatchObject({ questions: 24, authors: 3 });
    expect(problems.filter((problem) => problem.severity === 'error').map(formatProblem)).toEqual([]);
    // The one thing left to review: the answer relies on the 2019 text of the law, since revised.
    expect(problems.filter((problem) => problem.file.includes(ANSWERED)).map(formatProblem)).toEqual([
      `content/questions/${ANSWERED}.md:7: 警告 statutes: 解答依据的法律版本已修订：《反不正当竞争法》2019-04-23 版已被 2025-10-15 起施行的版本取代（第九条 → 第十条（内容未变）、第十七条 → 第二十二条（内容有修改））。请复核解答，修改后更新 updated 日期`,
    ]);
    expect(problems.filter((problem) => DRAFTS.some((slug) => problem.file.includes(slug)))).toEqual([]);
  });

  it('never overwrites: a second run skips every file, including ones edited since', () => {
    expect(runImport(importArgs(SEED)).code).toBe(0);
    const edited = path.join(site.content, `questions/${DRAFTS[0]}.md`);
    fs.writeFileSync(edited, fs.readFileSync(edited, 'utf8').replace('【待解答】', '编辑写好的解答。'));
    const before = fs.readFileSync(edited, 'utf8');

    const { code, stdout } = runImport(importArgs(SEED));
    expect(code).toBe(1);
    expect(stdout).toBe(
      [
        '已存在，未覆盖：content/lawyers/zhang-kai.yaml',
        `已存在，未覆盖：content/questions/${ANSWERED}.md`,
        ...DRAFTS.map((slug) => `已存在，未覆盖：content/questions/${slug}.md`),
        '共写入 0 个文件：0 个已答问题、0 个草稿、0 位律师；22 个已有文件未覆盖；0 处需要人工处理',
        '没有导入任何内容',
        '',
      ].join('\n'),
    );
    expect(fs.readFileSync(edited, 'utf8')).toBe(before);
  });

  it('writes the same files from Windows line endings, full-width punctuation and extra blank lines', async () => {
    expect(runImport(importArgs(SEED)).code).toBe(0);
    const expected = questionFiles(site).map((file) => [file, read(site, `questions/${file}`)]);
    const variants = {
      crlf: seedText.replace(/\n/g, '\r\n'),
      fullWidth: seedText.replace(/,/g, '，').replace(/\?/g, '？').replace(/:/g, '：').replace(/;/g, '；'),
      blankLines: `\n\n${seedText.replace(/\n/g, '\n\n\n')}\n\n\n`,
    };
    for (const [name, text] of Object.entries(variants)) {
      const other = await fixture();
      const run = runImport(importArgs(saved(other, text)), other);
      expect(run.code, name).toBe(0);
      expect(run.stdout, name).toContain(
        '共写入 22 个文件：1 个已答问题、20 个草稿、1 位律师；0 个已有文件未覆盖；0 处需要人工处理\n',
      );
      const files = questionFiles(other).map((file) => [
        file,
        read(other, `questions/${file}`).replace('page.txt', '000_c2161ba0dfbbaf71.txt'),
      ]);
      expect(files, name).toEqual(expected);
      expect(read(other, 'lawyers/zhang-kai.yaml').replace('page.txt', '000_c2161ba0dfbbaf71.txt'), name).toBe(
        read(site, 'lawyers/zhang-kai.yaml'),
      );
    }
  });

  it('imports the drafts and reports the answered question when the lawyer line is missing', () => {
    const page = saved(site, seedText.replace('张凯执业律师\n已帮助 867 人解决法律问题\n', ''));
    const { code, stdout } = runImport(importArgs(page));
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        ...draftLines(),
        NO_LAWYER,
        '共写入 20 个文件：0 个已答问题、20 个草稿、0 位律师；0 个已有文件未覆盖；1 处需要人工处理',
        ...NEXT_STEPS,
        '',
      ].join('\n'),
    );
    expect(fs.existsSync(path.join(site.content, 'lawyers/zhang-kai.yaml'))).toBe(false);
    expect(checkContent(site.content, site.dir).problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  });

  it('exits 1 when nothing on the page could be imported', () => {
    const { code, stdout } = runImport(importArgs(saved(site, '如何才能做好商业机密安全保护工作?\n描述。\n')));
    expect(code).toBe(1);
    expect(stdout).toBe(
      [
        NO_LAWYER,
        '共写入 0 个文件：0 个已答问题、0 个草稿、0 位律师；0 个已有文件未覆盖；1 处需要人工处理',
        '没有导入任何内容',
        '',
      ].join('\n'),
    );
    expect(questionFiles(site)).toEqual(['draft-question.md', 'new-law.md', 'trade-secrets.md']);
  });

  it('honours FAWEN_CONTENT and --lawyer-id', () => {
    const result = spawnSync(
      process.execPath,
      [path.join(repoRoot, 'scripts/import-text.ts'), SEED, '--category', 'ip', '--lawyer-id', 'zhang-kai-lawyer'],
      { cwd: site.dir, env: { ...process.env, FAWEN_CONTENT: site.content }, encoding: 'utf8' },
    );
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^已写入 content\/lawyers\/zhang-kai-lawyer\.yaml（律师 张凯）\n/);
    expect(read(site, `questions/${ANSWERED}.md`)).toContain('\nlawyer: zhang-kai-lawyer\n');
  });

  it('requires a known category and a readable file', () => {
    const categories = 'ip（知识产权）、contracts（合同）';
    expect(runImport([SEED, '--out', 'content'])).toMatchObject({
      code: 2,
      stderr: `缺少 --category：导入的问题都归入这个分类，草稿之后再逐一调整；可选 ${categories}\n${USAGE}\n`,
    });
    expect(runImport([SEED, '--out', 'content', '--category', 'traffic'])).toMatchObject({
      code: 1,
      stderr: `找不到分类“traffic”：可选的分类有 ${categories}\n`,
    });
    expect(runImport(['missing.txt', '--out', 'content', '--category', 'ip'])).toMatchObject({
      code: 2,
      stderr: `无法读取 missing.txt：ENOENT\n${USAGE}\n`,
    });
    expect(runImport(['--category', 'ip'])).toMatchObject({ code: 2, stderr: `缺少要导入的文本文件\n${USAGE}\n` });
    expect(questionFiles(site)).toEqual(['draft-question.md', 'new-law.md', 'trade-secrets.md']);
  });
});

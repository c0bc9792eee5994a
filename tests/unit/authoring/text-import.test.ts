import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lawLibrary } from '../../../src/laws/library.ts';
import {
  citedStatutes,
  pageLines,
  parsePage,
  planImport,
  renderLawyer,
  type ExistingContent,
  type ImportOptions,
} from '../../../src/authoring/text-import.ts';
import { yamlProblems } from '../../../src/authoring/scaffold.ts';
import { authorSchema } from '../../../src/schemas/author.ts';
import { repoRoot } from '../../helpers/build.ts';
import { realLibrary } from '../../helpers/library.ts';

const seed = fs.readFileSync(path.join(repoRoot, '../shared/seed/000_c2161ba0dfbbaf71.txt'), 'utf8');
const LAWYER_LINES = '张凯执业律师\n已帮助 867 人解决法律问题\n';
const TITLE = '如何才能做好商业机密安全保护工作？';
const NO_LAWYER = `未识别到律师信息：标题“${TITLE}”之后、“相关问题”之前没有“姓名+执业身份”的一行（例如“张凯执业律师”），这个已答问题未导入`;

describe('parsePage on the real seed page', () => {
  const page = parsePage(seed);

  it('recognises the answered question, its lawyer and its answer', () => {
    expect(page.problems).toEqual([]);
    expect(page.answered?.title).toBe(TITLE);
    expect(page.answered?.description).toMatch(/^我自己经营着一家小公司，有一些独特的技术和客户信息属于商业机密。/);
    expect(page.answered?.description).toMatch(/具体有哪些办法能保护好公司商业机密的安全呢？$/);
    expect(page.answered?.lawyer).toEqual({ name: '张凯', credential: '执业律师', helped: 867 });
    expect(page.answered?.answer).toHaveLength(5);
    expect(page.answered?.answer[0]).toMatch(/^要做好商业机密安全保护工作，可从多个方面入手。/);
    expect(page.answered?.answer[0]).toContain('三个关键特征：秘密性、商业价值性和保密性。');
    expect(page.answered?.answer[4]).toMatch(/按照侵权人因侵权所获得的利益确定。$/);
  });

  it('recognises the 20 recommended questions, titles and descriptions apart', () => {
    expect(page.recommended).toHaveLength(20);
    expect(page.recommended[0]).toEqual({
      title: '离婚时拆迁安置房应当如何分割？',
      description:
        '我和配偶正面临离婚，家里有拆迁安置房，不知道该怎么分。我们对相关法律不太了解，担心自己的权益受损。想知道具体的分割方式，以及判断房产归属的依据。',
    });
    // Its description ends with a question mark too: it is still a description.
    expect(page.recommended[3]?.title).toBe('口头承诺对方不承认该怎么办？');
    expect(page.recommended[3]?.description).toMatch(/有没有办法让对方履行承诺？$/);
    expect(page.recommended[19]?.title).toBe('治安拘留可以保释出来吗？');
  });
});

describe('parsePage on variants of the layout', () => {
  const expected = parsePage(seed);

  it('reads Windows line endings, full-width punctuation and extra blank lines the same way', () => {
    const fullWidth = seed.replace(/,/g, '，').replace(/\?/g, '？').replace(/:/g, '：').replace(/;/g, '；');
    const spaced = `\n\n  ${seed.replace(/\n/g, '\n\n \n\u3000\n')}\n\n`;
    expect(fullWidth).not.toBe(seed);
    for (const variant of [seed.replace(/\n/g, '\r\n'), `\uFEFF${seed}`, fullWidth, spaced]) {
      expect(parsePage(variant)).toEqual(expected);
    }
  });

  it('reports a missing lawyer line and keeps the recommended questions', () => {
    const page = parsePage(seed.replace(LAWYER_LINES, ''));
    expect(page.problems).toEqual([NO_LAWYER]);
    expect(page.answered).toBeUndefined();
    expect(page.recommended).toEqual(expected.recommended);
  });

  it('takes the lawyer without a 已帮助 line, and 律师 alone as the credential', () => {
    const page = parsePage(seed.replace(LAWYER_LINES, '李四律师\n'));
    expect(page.problems).toEqual([]);
    expect(page.answered?.lawyer).toEqual({ name: '李四', credential: '律师', helped: undefined });
    expect(page.answered?.answer).toEqual(expected.answered?.answer);
  });

  it('reports a recommended title without description and a count that disagrees with the page', () => {
    const page = parsePage(`${seed}\n\n最后一个问题？\n`);
    expect(page.problems).toEqual([
      '未识别到问题描述：推荐问题“最后一个问题？”后面没有描述，未导入',
      '推荐问题数量不符：页面写明 20 个，识别到 21 个，请对照原文核对',
    ]);
    expect(page.recommended).toHaveLength(20);
  });

  it('joins a description copied over several lines', () => {
    const page = parsePage(seed.replace('不知道该怎么分。', '不知道该怎么分。\n'));
    expect(page.recommended[0]).toEqual(expected.recommended[0]);
  });

  it('reports an answered question without description or answer', () => {
    expect(parsePage(`${TITLE}\n${LAWYER_LINES}答。\n`).problems).toEqual([
      `未识别到提问描述：标题“${TITLE}”之后直接是律师信息，这个已答问题未导入`,
    ]);
    expect(parsePage(`${TITLE}\n描述。\n${LAWYER_LINES}相关问题\n`).problems).toEqual([
      `未识别到解答：律师信息“张凯执业律师”之后没有正文，已答问题“${TITLE}”未导入`,
    ]);
  });

  it('reports an empty file', () => {
    expect(parsePage('\r\n  \n')).toEqual({ recommended: [], problems: ['未识别到任何问题：文件是空的'] });
  });

  it('mends ASCII punctuation line by line', () => {
    expect(pageLines('标题?\r\n\r\n描述,很长.\r\n')).toEqual(['标题？', '描述，很长。']);
  });
});

const options: ImportOptions = { category: 'ip', date: '2025-06-18', source: 'page.txt', contentLabel: 'content' };

function existing(overrides: Partial<ExistingContent> = {}): ExistingContent {
  return {
    questions: new Map(),
    titles: new Map(),
    authors: new Map([['editorial', { name: '法问编辑部', kind: 'editorial', file: 'lawyers/editorial.yaml' }]]),
    ...overrides,
  };
}

describe('planImport', () => {
  const page = parsePage(seed);
  const noLaws = lawLibrary([]);

  it('plans the lawyer, the answered question and 20 drafts by the editorial team', () => {
    const plan = planImport(page, options, existing(), realLibrary(['anti-unfair-competition-law', 'civil-code']));
    expect(plan.problems).toEqual([]);
    expect(plan.skipped).toEqual([]);
    expect(plan.files.map((file) => [file.kind, file.label])).toEqual([
      ['lawyer', '张凯'],
      ['answered', 'zhang-kai'],
      ...Array(20).fill(['draft', 'editorial']),
    ]);
    expect(plan.files[0]!.path).toBe('lawyers/zhang-kai.yaml');
    expect(plan.files[1]!.path).toBe('questions/ru-he-cai-neng-zuo-hao-shang-ye-ji-mi-an-quan-bao-hu-gong.md');
    expect(plan.files[1]!.text).toContain(
      [
        'category: ip',
        'tags: []',
        'lawyer: zhang-kai',
        'statutes:',
        '  - { law: anti-unfair-competition-law, article: 9 }',
        '  - { law: civil-code, article: 577 }',
        '  - { law: anti-unfair-competition-law, article: 17 }',
        'related: []',
        'published: 2025-06-18',
        'draft: false',
        '---',
        '',
        '要做好商业机密安全保护工作，可从多个方面入手。',
      ].join('\n'),
    );
    expect(plan.files[2]).toEqual({
      path: 'questions/li-hun-shi-chai-qian-an-zhi-fang-ying-dang-ru-he-fen-ge.md',
      kind: 'draft',
      label: 'editorial',
      text: [
        '---',
        'title: 离婚时拆迁安置房应当如何分割？',
        'question: 我和配偶正面临离婚，家里有拆迁安置房，不知道该怎么分。我们对相关法律不太了解，担心自己的权益受损。想知道具体的分割方式，以及判断房产归属的依据。',
        'category: ip',
        'tags: []',
        'lawyer: editorial',
        'statutes: []',
        'related: []',
        'published: 2025-06-18',
        'draft: true',
        '---',
        '',
        '【待解答】这个问题从 page.txt 导入，还没有解答。请撰写解答，核对分类和作者，然后把 draft 改为 false。',
        '',
      ].join('\n'),
    });
  });

  it('writes only what the page says about the lawyer, valid for the author schema', () => {
    const text = renderLawyer({ name: '张凯', credential: '执业律师', helped: 867 }, 'page.txt');
    expect(text).toBe(
      [
        '# 由 npm run import:text 从 page.txt 导入。原文只有姓名、执业身份和帮助人数；',
        '# 执业机构（firm）、地区（region）、擅长领域（practiceAreas）和简介（bio）请向律师本人核实后补充。',
        'name: 张凯',
        'kind: lawyer',
        'credential: 执业律师',
        'helped: 867',
        'bio: 张凯，执业律师，已帮助 867 人解决法律问题。',
        '',
      ].join('\n'),
    );
    expect(yamlProblems(text, authorSchema)).toEqual([]);
    expect(renderLawyer({ name: '李四', credential: '律师' }, 'p.txt')).toContain(
      'credential: 律师\nbio: 李四，律师。\n',
    );
  });

  it('reuses an existing author of the same name and skips files that exist', () => {
    const plan = planImport(
      page,
      options,
      existing({
        questions: new Map([
          ['wu-zheng-jia-shi-ju-liu-zui-shao-ji-tian', 'questions/traffic/wu-zheng-jia-shi-ju-liu-zui-shao-ji-tian.md'],
        ]),
        titles: new Map([['收据单是否具有法律效力？', 'questions/shou-ju-dan-fa-lv-xiao-li.md']]),
        authors: new Map([
          ['editorial', { name: '法问编辑部', kind: 'editorial', file: 'lawyers/editorial.yaml' }],
          ['zhang-kai', { name: '张凯', kind: 'lawyer', file: 'lawyers/zhang-kai.yaml' }],
        ]),
      }),
      noLaws,
    );
    expect(plan.skipped).toEqual([
      '已存在，未覆盖：content/lawyers/zhang-kai.yaml',
      '已存在，未覆盖：content/questions/traffic/wu-zheng-jia-shi-ju-liu-zui-shao-ji-tian.md',
      '已有同题问题，未导入：“收据单是否具有法律效力？”见 content/questions/shou-ju-dan-fa-lv-xiao-li.md',
    ]);
    expect(plan.problems).toEqual([]);
    expect(plan.files.map((file) => file.kind)).toEqual(['answered', ...Array(18).fill('draft')]);
  });

  it('refuses an id that belongs to another person, unless --lawyer-id gives a free one', () => {
    const taken = existing({
      authors: new Map([
        ['editorial', { name: '法问编辑部', kind: 'editorial', file: 'lawyers/editorial.yaml' }],
        ['zhang-kai', { name: '章楷', kind: 'lawyer', file: 'lawyers/zhang-kai.yaml' }],
      ]),
    });
    const refused = planImport(page, options, taken, noLaws);
    expect(refused.problems).toEqual([
      '作者 id“zhang-kai”已被 content/lawyers/zhang-kai.yaml（章楷）使用：请用 --lawyer-id 给张凯另取一个 id，已答问题未导入',
    ]);
    expect(refused.files).toHaveLength(20);
    const renamed = planImport(page, { ...options, lawyerId: 'zhang-kai-2' }, taken, noLaws);
    expect(renamed.problems).toEqual([]);
    expect(renamed.files.slice(0, 2).map((file) => [file.path, file.label])).toEqual([
      ['lawyers/zhang-kai-2.yaml', '张凯'],
      ['questions/ru-he-cai-neng-zuo-hao-shang-ye-ji-mi-an-quan-bao-hu-gong.md', 'zhang-kai-2'],
    ]);
  });

  it('gives drafts to another editorial author, else to the imported lawyer, else reports them', () => {
    const editors = existing({
      authors: new Map([['editors', { name: '测试编辑部', kind: 'editorial', file: 'lawyers/editors.yaml' }]]),
    });
    expect(planImport(page, options, editors, noLaws).files.at(-1)?.label).toBe('editors');
    const none = existing({ authors: new Map() });
    expect(planImport(page, options, none, noLaws).files.at(-1)?.label).toBe('zhang-kai');
    const orphaned = planImport(parsePage(seed.replace(LAWYER_LINES, '')), options, none, noLaws);
    expect(orphaned.files).toEqual([]);
    expect(orphaned.problems).toEqual([
      NO_LAWYER,
      '没有可用的作者：内容目录里没有编辑部作者（kind: editorial），也没有识别到律师，20 个推荐问题未导入',
    ]);
  });

  it('imports a question repeated on the page once', () => {
    const twice = parsePage(`${seed}\n治安拘留可以保释出来吗?\n再问一次。\n`);
    const plan = planImport(twice, options, existing(), noLaws);
    expect(plan.skipped).toEqual(['页面中重复出现，只导入一次：“治安拘留可以保释出来吗？”']);
  });
});

describe('citedStatutes', () => {
  const library = realLibrary(['criminal-law', 'civil-code']);

  it('lists each cited article once, 之一 articles as quoted strings', () => {
    const body =
      '《中华人民共和国刑法》第一百三十三条之一规定……第一百三十三条。\n\n另见《民法典》第577条和刑法第一百三十三条之一。';
    expect(citedStatutes(body, library, '2026-01-01')).toEqual({
      statutes: [
        { law: 'criminal-law', article: '133之一' },
        { law: 'criminal-law', article: 133 },
        { law: 'civil-code', article: 577 },
      ],
      problems: [],
    });
  });

  it('reports citations of articles the version in force does not have', () => {
    const { statutes, problems } = citedStatutes('《民法典》第一千三百条', library, '2026-01-01');
    expect(statutes).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^《民法典》2021-01-01 起施行的版本（解答日期 2026-01-01 时有效）没有第一千三百条：/);
  });
});

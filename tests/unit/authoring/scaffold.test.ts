import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  blankQuestion,
  choiceInline,
  choiceList,
  createFileExclusively,
  freeSlug,
  fullWidthPunctuation,
  localIsoDate,
  MAX_SLUG_LENGTH,
  personId,
  pickChoice,
  questionProblems,
  renderQuestion,
  slugify,
  yamlInline,
  yamlProblems,
} from '../../../src/authoring/scaffold.ts';
import { authorSchema } from '../../../src/schemas/author.ts';

describe('slugify', () => {
  it('spells a Chinese title in toneless pinyin, one hyphen between syllables, punctuation dropped', () => {
    expect(slugify('无证驾驶拘留最少几天？')).toBe('wu-zheng-jia-shi-ju-liu-zui-shao-ji-tian');
    expect(slugify('如果商家发错货且联系不上商家,该如何获得赔偿?')).toBe(
      'ru-guo-shang-jia-fa-cuo-huo-qie-lian-xi-bu-shang-shang-jia',
    );
  });

  it('keeps digits and Latin letters, lowercased, full-width ones as ASCII, and writes ü as v', () => {
    expect(slugify('83岁的人犯罪会怎么判?')).toBe('83-sui-de-ren-fan-zui-hui-zen-me-pan');
    expect(slugify('Windows 10 蓝屏')).toBe('windows-10-lan-ping');
    expect(slugify('ＡＢＣ１２３问题')).toBe('abc123-wen-ti');
    expect(slugify('女儿的抚养权')).toBe('nv-er-de-fu-yang-quan');
  });

  it('stops at the last whole syllable within the length limit', () => {
    const slug = slugify('互联网上网服务营业场所经营单位的罚款力度是怎样的?');
    expect(slug).toBe('hu-lian-wang-shang-wang-fu-wu-ying-ye-chang-suo-jing-ying');
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slugify('一'.repeat(40))).toBe(Array(20).fill('yi').join('-'));
    expect(slugify('a'.repeat(80))).toBe('a'.repeat(MAX_SLUG_LENGTH));
  });

  it('gives nothing for a title without letters, digits or Chinese', () => {
    expect(slugify('？？？')).toBe('');
  });
});

describe('personId', () => {
  it('reads the first character as a surname', () => {
    expect(personId('张凯')).toBe('zhang-kai');
    expect(personId('单雄信')).toBe('shan-xiong-xin');
    expect(personId('曾国藩')).toBe('zeng-guo-fan');
  });
});

describe('freeSlug', () => {
  it('appends -2, -3… until the slug is free', () => {
    const taken = new Set(['a', 'a-2']);
    expect(freeSlug('b', (slug) => taken.has(slug))).toBe('b');
    expect(freeSlug('a', (slug) => taken.has(slug))).toBe('a-3');
  });
});

describe('localIsoDate', () => {
  it('formats the local calendar date', () => {
    expect(localIsoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(localIsoDate(new Date(2026, 10, 27, 0, 1))).toBe('2026-11-27');
  });
});

describe('fullWidthPunctuation', () => {
  it('mends ASCII punctuation inside Chinese text', () => {
    expect(fullWidthPunctuation('小公司,有一些技术')).toBe('小公司，有一些技术');
    expect(fullWidthPunctuation('三个特征:秘密性')).toBe('三个特征：秘密性');
    expect(fullWidthPunctuation('实际损失确定;实际损失难以计算的')).toBe('实际损失确定；实际损失难以计算的');
    expect(fullWidthPunctuation('如何保护?\n好的, 然后!')).toBe('如何保护？\n好的，然后！');
    expect(fullWidthPunctuation('赔偿数额:500元.')).toBe('赔偿数额：500元。');
    expect(fullWidthPunctuation('第一款第(二)项')).toBe('第一款第（二）项');
    expect(fullWidthPunctuation('他说"你好"')).toBe('他说“你好”');
  });

  it('leaves numbers, web addresses and Latin text alone', () => {
    for (const text of ['1,000元', '价格1.5倍', '访问www.example.cn.', 'A,B', '(a)', '已是全角，不变？']) {
      expect(fullWidthPunctuation(text)).toBe(text);
    }
  });
});

describe('renderQuestion and questionProblems', () => {
  it('writes a blank question that passes the question schema', () => {
    const text = renderQuestion(
      blankQuestion({
        title: '无证驾驶拘留最少几天？',
        category: 'traffic',
        lawyer: 'editorial',
        published: '2026-11-27',
      }),
    );
    expect(text).toBe(
      [
        '---',
        'title: 无证驾驶拘留最少几天？',
        'question: 【待填写】请在这里写读者的提问：遇到了什么情况，想知道什么。',
        'category: traffic',
        'tags: []',
        'lawyer: editorial',
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
    expect(questionProblems(text)).toEqual([]);
  });

  it('writes statutes, tags and related the way editors do', () => {
    const text = renderQuestion({
      ...blankQuestion({ title: '标题', category: 'criminal', lawyer: 'zhang-kai', published: '2026-01-02' }),
      question: '描述',
      tags: ['危险驾驶', 'a: b'],
      statutes: [
        { law: 'criminal-law', article: 133 },
        { law: 'criminal-law', article: '133之一' },
      ],
      related: ['other-question'],
      draft: false,
      body: '解答。',
    });
    expect(text).toContain(
      'tags: [危险驾驶, "a: b"]\nlawyer: zhang-kai\nstatutes:\n' +
        '  - { law: criminal-law, article: 133 }\n  - { law: criminal-law, article: 133之一 }\nrelated: [other-question]\n',
    );
    expect(questionProblems(text)).toEqual([]);
  });

  it('quotes a value only when YAML would misread it', () => {
    expect(yamlInline('无证驾驶拘留最少几天？')).toBe('无证驾驶拘留最少几天？');
    expect(yamlInline('问题: 怎么办')).toBe('"问题: 怎么办"');
    expect(yamlInline('2026-11-27')).toBe('"2026-11-27"');
    expect(yamlInline('yes')).toBe('"yes"');
    expect(yamlInline('两行\n文字')).toBe('"两行\\n文字"');
    expect(yamlInline(577)).toBe('577');
  });

  it('reports schema problems as field: message', () => {
    const text = '---\ntitle: 标题\ncategory: x\nlawyer: y\npublished: 2026-13-01\nlawer: z\n---\n\n正文\n';
    expect(questionProblems(text)).toEqual([
      'question: 缺少读者的提问描述：请添加一行 question: …',
      'published: “2026-13-01”不是有效日期，应为 YYYY-MM-DD，例如 2026-11-27',
      'lawer: 未知字段 “lawer”：可用字段为 title、question、category、tags、lawyer、sample、statutes、related、aliases、published、updated、draft',
    ]);
    expect(yamlProblems('name: 张凯\nkind: lawyer\nbio: 简介\n', authorSchema)).toEqual([
      'credential: 律师必须填写执业身份，例如“执业律师”',
    ]);
  });
});

describe('choices', () => {
  const choices = [
    { id: 'marriage-family', name: '婚姻家庭' },
    { id: 'traffic', name: '交通事故' },
  ];

  it('lists them numbered, or on one line', () => {
    expect(choiceList(choices)).toBe('  1. marriage-family（婚姻家庭）\n  2. traffic（交通事故）');
    expect(choiceInline(choices)).toBe('marriage-family（婚姻家庭）、traffic（交通事故）');
  });

  it('accepts a number from the list or an id', () => {
    expect(pickChoice('2', choices)?.id).toBe('traffic');
    expect(pickChoice(' ２ ', choices)?.id).toBe('traffic');
    expect(pickChoice('marriage-family', choices)?.id).toBe('marriage-family');
    expect(pickChoice('3', choices)).toBeUndefined();
    expect(pickChoice('0', choices)).toBeUndefined();
    expect(pickChoice('交通事故', choices)).toBeUndefined();
  });
});

describe('createFileExclusively', () => {
  let dir: string | undefined;
  afterEach(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

  it('creates missing folders and the file, and never replaces an existing one', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fawen-scaffold-'));
    const file = path.join(dir, 'questions', 'a.md');
    expect(createFileExclusively(file, 'first')).toBe(true);
    expect(createFileExclusively(file, 'second')).toBe(false);
    expect(fs.readFileSync(file, 'utf8')).toBe('first');
    // No temporary file is left behind either way.
    expect(fs.readdirSync(path.dirname(file))).toEqual(['a.md']);
  });
});

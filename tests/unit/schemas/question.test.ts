import { describe, expect, it } from 'vitest';
import { questionSchema } from '../../../src/schemas/question.ts';
import { schemaIssues as issues } from '../../helpers/schema-issues.ts';

const valid = {
  title: '标题',
  question: '描述',
  category: 'contracts',
  lawyer: 'zhang-kai',
  published: '2026-11-03',
};

describe('questionSchema', () => {
  it('fills defaults and normalises article references and dates', () => {
    const data = questionSchema.parse({
      ...valid,
      published: new Date('2026-11-03T00:00:00Z'),
      statutes: [
        { law: 'criminal-law', article: '17之一' },
        { law: 'civil-code', article: '第五百七十七条' },
      ],
    });
    expect(data.published).toBe('2026-11-03');
    expect(data.statutes.map((s) => s.article)).toEqual([
      { number: 17, sub: 1 },
      { number: 577, sub: 0 },
    ]);
    expect(data).toMatchObject({ tags: [], related: [], draft: false, sample: false });
  });

  it('says what is missing and how to add it', () => {
    expect(issues(questionSchema, { ...valid, title: undefined, question: '  ' })).toEqual([
      'title: 缺少问题标题：请添加一行 title: …',
      'question: 读者的提问描述不能为空',
    ]);
  });

  it('rejects malformed dates, article numbers and unknown fields', () => {
    expect(
      issues(questionSchema, {
        ...valid,
        published: '2026-02-30',
        updated: '昨天',
        statutes: [
          { law: 'civil-code', article: '五百七十七' },
          { law: 'civil-code', article: 'abc' },
        ],
        author: 'x',
      }),
    ).toEqual([
      'statutes[1].article: “abc”不是条号，应写成 577、"第五百七十七条" 或 "17之一"',
      'published: “2026-02-30”不是有效日期，应为 YYYY-MM-DD，例如 2026-11-27',
      'updated: “昨天”不是有效日期，应为 YYYY-MM-DD，例如 2026-11-27',
      ': 未知字段 “author”：可用字段为 title、question、category、tags、lawyer、sample、statutes、related、aliases、published、updated、draft',
    ]);
  });
});

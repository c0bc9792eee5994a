import { describe, expect, it } from 'vitest';
import { authorSchema } from '../../../src/schemas/author.ts';
import { schemaIssues as issues } from '../../helpers/schema-issues.ts';

describe('authorSchema', () => {
  it('requires a credential for lawyers and forbids one for the editorial team', () => {
    expect(issues(authorSchema, { name: '张凯', bio: '简介' })).toEqual([
      'credential: 律师必须填写执业身份，例如“执业律师”',
    ]);
    expect(issues(authorSchema, { name: '编辑部', kind: 'editorial', credential: '执业律师', bio: '简介' })).toEqual([
      'credential: 编辑部不是律师，不能填写执业身份',
    ]);
    expect(issues(authorSchema, { name: '张凯', credential: '执业律师', helped: -1, bio: '简介' })).toEqual([
      'helped: 应为非负整数',
    ]);
  });
});

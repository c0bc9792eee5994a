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

  it('takes a lawyer’s 17-digit licence number as quoted text, and none for the editorial team', () => {
    const lawyer = { name: '张凯', credential: '执业律师', bio: '简介' };
    expect(issues(authorSchema, { ...lawyer, licenseNumber: '13101201010123456' })).toEqual([]);
    expect(issues(authorSchema, { ...lawyer, licenseNumber: '1310120101' })).toEqual([
      'licenseNumber: 应为律师执业证上的 17 位数字执业证号',
    ]);
    // What YAML makes of the number unquoted.
    expect(issues(authorSchema, { ...lawyer, licenseNumber: 13101201010123456 })).toEqual([
      'licenseNumber: 执业证号应加引号写成文字，例如 licenseNumber: "13101201010123456"',
    ]);
    expect(
      issues(authorSchema, { name: '编辑部', kind: 'editorial', licenseNumber: '13101201010123456', bio: '简介' }),
    ).toEqual(['licenseNumber: 编辑部不是律师，不能填写执业证号']);
  });
});

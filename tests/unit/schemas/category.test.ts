import { describe, expect, it } from 'vitest';
import { categorySchema } from '../../../src/schemas/category.ts';
import { schemaIssues as issues } from '../../helpers/schema-issues.ts';

describe('categorySchema', () => {
  it('requires an integer order', () => {
    expect(issues(categorySchema, { name: '合同', description: '合同问题', order: 1.5 })).toEqual(['order: 应为整数']);
  });
});

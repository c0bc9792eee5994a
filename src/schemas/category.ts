import { z } from 'zod';
import { requiredText } from './fields.ts';

export const categorySchema = z.strictObject({
  name: requiredText('分类名称'),
  description: requiredText('分类简介'),
  order: z.number({ error: '应为排序用的整数，越小越靠前' }).int('应为整数'),
});

export type CategoryData = z.output<typeof categorySchema>;

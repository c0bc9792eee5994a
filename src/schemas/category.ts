import { z } from 'zod';
import { requiredText, strictFields } from './fields.ts';

export const categorySchema = strictFields({
  name: requiredText('name', '分类名称'),
  description: requiredText('description', '分类简介'),
  order: z.number({ error: '应为排序用的整数，越小越靠前' }).int('应为整数'),
});

export type CategoryData = z.output<typeof categorySchema>;

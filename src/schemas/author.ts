import { z } from 'zod';
import { requiredText, strictFields } from './fields.ts';

// Lawyers and the editorial team share one collection because both author answers, but only
// `kind: lawyer` may ever be presented with a lawyer's credential.
export const authorSchema = strictFields({
  name: requiredText('name', '姓名或名称'),
  kind: z.enum(['lawyer', 'editorial'], { error: '应为 lawyer（律师）或 editorial（编辑部）' }).default('lawyer'),
  credential: z.string().trim().min(1).optional(),
  firm: z.string().trim().min(1).optional(),
  region: z.string().trim().min(1).optional(),
  /** 执业证号: the number on the lawyer's licence, which readers can look up with the bar association. */
  licenseNumber: z
    // Unquoted in YAML, 17 digits become a number past 2^53 and lose their last digits.
    .string({ error: '执业证号应加引号写成文字，例如 licenseNumber: "13101201010123456"' })
    .trim()
    .regex(/^\d{17}$/, '应为律师执业证上的 17 位数字执业证号')
    .optional(),
  practiceAreas: z.array(z.string().trim().min(1)).default([]),
  helped: z.number({ error: '应为非负整数' }).int('应为非负整数').nonnegative('应为非负整数').optional(),
  bio: requiredText('bio', '简介'),
}).superRefine((author, ctx) => {
  if (author.kind === 'lawyer' && !author.credential) {
    ctx.addIssue({ code: 'custom', path: ['credential'], message: '律师必须填写执业身份，例如“执业律师”' });
  }
  if (author.kind === 'editorial' && author.credential) {
    ctx.addIssue({ code: 'custom', path: ['credential'], message: '编辑部不是律师，不能填写执业身份' });
  }
  if (author.kind === 'editorial' && author.licenseNumber) {
    ctx.addIssue({ code: 'custom', path: ['licenseNumber'], message: '编辑部不是律师，不能填写执业证号' });
  }
});

export type AuthorData = z.output<typeof authorSchema>;

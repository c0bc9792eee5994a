import { z } from 'zod';
import { parseArticleRef } from '../laws/article-ref.ts';
import { dateField, idField, requiredText, strictFields } from './fields.ts';

const positiveInt = (what: string) =>
  z
    .number({ error: `${what}应为正整数` })
    .int(`${what}应为正整数`)
    .positive(`${what}应为正整数`);

/** One cited statute article: `{ law: civil-code, article: 577 }`, optionally narrowed to 款 and 项. */
export const statuteSchema = strictFields({
  law: idField('法律'),
  article: z.union([z.number(), z.string()], { error: '应填写条号，例如 577 或 "17之一"' }).transform((value, ctx) => {
    const ref = parseArticleRef(value);
    if (!ref) {
      ctx.addIssue({ code: 'custom', message: `“${value}”不是条号，应写成 577、"第五百七十七条" 或 "17之一"` });
      return z.NEVER;
    }
    return ref;
  }),
  paragraph: positiveInt('款号').optional(),
  item: positiveInt('项号').optional(),
});

/** The frontmatter of `content/questions/<slug>.md`; the Markdown body is the answer. */
export const questionSchema = strictFields({
  title: requiredText('title', '问题标题'),
  question: requiredText('question', '读者的提问描述'),
  category: idField('分类'),
  tags: z.array(z.string().trim().min(1, '标签不能为空')).default([]),
  lawyer: idField('作者（律师或编辑部）'),
  sample: z.boolean({ error: '应为 true 或 false' }).default(false),
  statutes: z.array(statuteSchema, { error: '应为法条列表，每项形如 { law: civil-code, article: 577 }' }).default([]),
  related: z.array(idField('相关问题'), { error: '应为相关问题 slug 的列表' }).default([]),
  /** Former slugs of a renamed question: their URLs redirect here. */
  aliases: z
    .array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, '旧网址 slug 只能由小写字母、数字和连字符组成'), {
      error: '应为旧 slug 的列表，例如 [old-slug]',
    })
    .default([]),
  published: dateField,
  updated: dateField.optional(),
  draft: z.boolean({ error: '应为 true 或 false' }).default(false),
});

export type StatuteData = z.output<typeof statuteSchema>;
export type QuestionData = z.output<typeof questionSchema>;

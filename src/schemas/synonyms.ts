import { z } from 'zod';

const term = z.string({ error: '同义词应为文字' }).trim().min(1, '同义词不能为空').max(20, '同义词最长 20 个字');

/** content/synonyms.yaml: groups of words readers and the law use for the same thing. */
export const synonymsSchema = z
  .array(z.array(term).min(2, '每组至少两个词'), { error: '应为同义词组的列表，每组形如 [家庭暴力, 家暴]' })
  .superRefine((groups, ctx) => {
    const seen = new Map<string, number>();
    groups.forEach((group, index) => {
      for (const word of group) {
        const first = seen.get(word);
        if (first !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: [index],
            message: `“${word}”已在第 ${first + 1} 组出现：一个词只能属于一组，请合并这两组`,
          });
        }
        seen.set(word, index);
      }
    });
  });

export type Synonyms = z.output<typeof synonymsSchema>;

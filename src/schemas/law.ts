import { z } from 'zod';
import { articleId, articleLabel } from '../laws/article-ref.ts';

// The shape of content/laws/<law-id>.json, written by `npm run import:laws`. The refinements
// restate what the importer guarantees, so a hand-edited or stale file fails the build instead of
// producing broken article links.

const isoDate = z.iso.date();

export const lawHeadingLevelSchema = z.enum(['part', 'subpart', 'chapter', 'section']);

export const lawHeadingSchema = z.strictObject({
  level: lawHeadingLevelSchema,
  /** 第一章　总则: number and title separated by one ideographic space. */
  text: z.string().min(1),
  /** Id of the first article after the heading. */
  before: z.string().min(1),
});

/** One 款; `items` are its 项 （一）（二）…, and `text` is empty when the 款 starts with its items. */
export const lawParagraphSchema = z
  .strictObject({
    text: z.string(),
    items: z.array(z.string().min(1)),
  })
  .refine((paragraph) => paragraph.text !== '' || paragraph.items.length > 0, '款没有任何文字');

export const lawArticleSchema = z
  .strictObject({
    id: z.string(),
    number: z.int().min(1),
    sub: z.int().min(0),
    label: z.string(),
    paragraphs: z.array(lawParagraphSchema).min(1),
  })
  .refine((article) => article.id === articleId(article.number, article.sub), {
    message: 'id 与条号不符',
    path: ['id'],
  })
  .refine((article) => article.label === articleLabel(article.number, article.sub), {
    message: 'label 与条号不符',
    path: ['label'],
  });

/** A document appended after the last article, such as 刑法 附件一 (a list of repealed acts). */
export const lawAnnexSchema = z.strictObject({
  title: z.string().min(1),
  paragraphs: z.array(z.string().min(1)).min(1),
});

export const lawVersionSchema = z
  .strictObject({
    effectiveFrom: isoDate,
    /** The day the next version took effect; null when this folder holds no later version. */
    effectiveTo: isoDate.nullable(),
    source: z.string().min(1),
    history: z.array(z.string().min(1)),
    headings: z.array(lawHeadingSchema),
    articles: z.array(lawArticleSchema).min(1),
    annexes: z.array(lawAnnexSchema),
  })
  .superRefine((version, ctx) => {
    if (version.effectiveTo !== null && version.effectiveTo <= version.effectiveFrom) {
      ctx.addIssue({ code: 'custom', message: 'effectiveTo 应晚于 effectiveFrom', path: ['effectiveTo'] });
    }
    const ids = new Set<string>();
    version.articles.forEach((article, index) => {
      if (ids.has(article.id)) {
        ctx.addIssue({ code: 'custom', message: `条文 id “${article.id}”重复`, path: ['articles', index, 'id'] });
      }
      ids.add(article.id);
    });
    version.headings.forEach((heading, index) => {
      if (!ids.has(heading.before)) {
        ctx.addIssue({ code: 'custom', message: `没有条文 “${heading.before}”`, path: ['headings', index, 'before'] });
      }
    });
  });

export const lawSchema = z
  .strictObject({
    title: z.string().min(1),
    short: z.string().min(1),
    /** Other names the law is cited by; never the full title itself. */
    aliases: z.array(z.string().min(1)),
    /** Oldest first; consecutive versions do not overlap. */
    versions: z.array(lawVersionSchema).min(1),
  })
  .superRefine((law, ctx) => {
    if (new Set(law.aliases).size !== law.aliases.length || law.aliases.includes(law.title)) {
      ctx.addIssue({ code: 'custom', message: 'aliases 有重复，或包含法律全称', path: ['aliases'] });
    }
    law.versions.forEach((version, index) => {
      const previous = law.versions[index - 1];
      if (previous && (previous.effectiveTo === null || previous.effectiveTo > version.effectiveFrom)) {
        ctx.addIssue({
          code: 'custom',
          message: `版本应按施行日期排列且互不重叠：${version.effectiveFrom} 之前的版本至 ${previous.effectiveTo ?? '今'} 有效`,
          path: ['versions', index, 'effectiveFrom'],
        });
      }
    });
  });

export type Law = z.output<typeof lawSchema>;
export type LawVersion = z.output<typeof lawVersionSchema>;
export type LawArticle = z.output<typeof lawArticleSchema>;
export type LawParagraph = z.output<typeof lawParagraphSchema>;
export type LawHeading = z.output<typeof lawHeadingSchema>;
export type LawHeadingLevel = z.output<typeof lawHeadingLevelSchema>;
export type LawAnnex = z.output<typeof lawAnnexSchema>;

import { z } from 'zod';

// Editors read these messages, so zod's own wording is in their language too.
z.config(z.locales.zhCN());

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isoDate(value: Date | string): string | null {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  }
  const match = ISO_DATE.exec(value.trim());
  if (!match) return null;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  // Reject dates such as 2026-02-30 that Date would silently roll over.
  return date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d) ? value.trim() : null;
}

/** A calendar date, kept as `YYYY-MM-DD` so comparisons and output never depend on time zones. */
export const dateField = z
  .union([z.date(), z.string()], {
    error: (issue) =>
      issue.input === undefined
        ? '缺少日期：应为 YYYY-MM-DD，例如 2026-11-27'
        : '应为日期，格式 YYYY-MM-DD，例如 2026-11-27',
  })
  .transform((value, ctx) => {
    const iso = isoDate(value);
    if (iso === null) {
      ctx.addIssue({ code: 'custom', message: `“${String(value)}”不是有效日期，应为 YYYY-MM-DD，例如 2026-11-27` });
      return z.NEVER;
    }
    return iso;
  });

/** An id of another content file: lowercase letters, digits and hyphens, as in its file name. */
export const idField = (what: string) =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined ? `缺少${what}：应填写其文件名（不含扩展名）` : `应填写${what}的文件名（不含扩展名）`,
    })
    .trim()
    .min(1, `应填写${what}的文件名（不含扩展名）`);

/** A required text field; `what` names it for editors, e.g. `requiredText('title', '问题标题')`. */
export const requiredText = (key: string, what: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `缺少${what}：请添加一行 ${key}: …` : `${what}应为文字`) })
    .trim()
    .min(1, `${what}不能为空`);

/**
 * A frontmatter object that rejects unknown fields with the list of valid ones, so a typo such as
 * `lawer:` is caught instead of silently ignored.
 */
export function strictFields<T extends z.ZodRawShape>(shape: T) {
  const known = Object.keys(shape).join('、');
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `未知字段 ${issue.keys.map((key) => `“${key}”`).join('、')}：可用字段为 ${known}`
        : undefined,
  });
}

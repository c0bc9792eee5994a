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
  .union([z.date(), z.string()], { error: '应为日期，格式 YYYY-MM-DD，例如 2026-11-27' })
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
    .string({ error: `应填写${what}的 id（文件名，不含扩展名）` })
    .trim()
    .min(1, `应填写${what}的 id（文件名，不含扩展名）`);

export const requiredText = (what: string) =>
  z.string({ error: `缺少${what}` }).trim().min(1, `${what}不能为空`);

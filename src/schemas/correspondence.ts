import { z } from 'zod';
import { articleId, parseArticleRef } from '../laws/article-ref.ts';

// content/law-correspondence.yaml: editors' corrections to the computed article correspondence
// (src/laws/correspondence.ts), as law id → the older version's effectiveFrom → older article id →
// newer article id, or null for "no successor". Article ids come out in the form the law JSON
// uses ("9", "17-1") whatever the editor wrote: YAML reads an unquoted 22 as a number, and 第十七条之一
// or 17之一 are what an editor copies from the statute, so all of them are accepted and normalised.
// Load the file with js-yaml's CORE_SCHEMA, as content-files.ts does: the default schema turns an
// unquoted 2019-04-23 key into a Date, whose string form no longer names the version.

const LAW_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** "17-1" for 17-1, 17之一, 第十七条之一; "22" for 22 or "22"; null when it names no article. */
export function normaliseArticleId(input: string | number): string | null {
  const ref = parseArticleRef(input);
  return ref ? articleId(ref.number, ref.sub) : null;
}

function invalidArticle(input: unknown): string {
  return `“${String(input)}”不是条号：应写作 "22"、"17-1" 或 "第十七条之一"`;
}

const newerArticleSchema = z
  .union([z.string(), z.number(), z.null()], {
    error: '应为新版本的条号（如 "22"），没有对应条文时写 null',
  })
  .transform((value, ctx) => {
    if (value === null) return null;
    const id = normaliseArticleId(value);
    if (id === null) {
      ctx.addIssue({ code: 'custom', message: invalidArticle(value) });
      return z.NEVER;
    }
    return id;
  });

/** Older article → newer article within one pair of versions. */
const versionOverridesSchema = z
  .record(z.string(), newerArticleSchema, { error: '应为“旧条号: 新条号”的列表' })
  .transform((record, ctx) => {
    const overrides: Record<string, string | null> = {};
    for (const [key, to] of Object.entries(record)) {
      const from = normaliseArticleId(key);
      if (from === null) {
        ctx.addIssue({ code: 'custom', message: invalidArticle(key), path: [key] });
      } else if (from in overrides) {
        // "17" and 第十七条 are different YAML keys but the same article.
        ctx.addIssue({ code: 'custom', message: `条文“${from}”重复指定`, path: [key] });
      } else {
        overrides[from] = to;
      }
    }
    return overrides;
  });

// zod reports a bad record key as “Invalid key in record”, not with the key schema's message, so
// the editor-facing wording goes on the record.
const byVersionSchema = z.record(z.iso.date(), versionOverridesSchema, {
  error: (issue) =>
    issue.code === 'invalid_key'
      ? '应为旧版本的施行日期，格式 YYYY-MM-DD，并加引号，例如 "2019-04-23"'
      : '应为“旧版本施行日期: 条文对应”的列表',
});

export const correspondenceSchema = z
  .record(z.string().regex(LAW_ID), byVersionSchema, {
    error: (issue) =>
      issue.code === 'invalid_key'
        ? '应为法律 id，即 content/laws/ 下的文件名，例如 anti-unfair-competition-law'
        : '应为“法律 id: 各版本的条文对应”的列表',
  })
  .nullish()
  // A file holding only its header comment is an empty YAML document: no overrides at all.
  .transform((file) => file ?? {});

export type LawCorrespondence = z.output<typeof correspondenceSchema>;
/** The overrides for one older version, as `correspond()` takes them. */
export type CorrespondenceOverrides = Record<string, string | null>;

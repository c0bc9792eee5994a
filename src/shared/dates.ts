/** Dates are `YYYY-MM-DD` strings throughout, so they compare as strings and never shift with time zones. */
export type IsoDate = string;

/** The date an answer speaks for: its last update, else its first publication. */
export function answerDate(question: { published: IsoDate; updated?: IsoDate | undefined }): IsoDate {
  return question.updated ?? question.published;
}

/** 2026-11-03 → 2026年11月3日 */
export function formatDate(date: IsoDate): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** A frontmatter date as `YYYY-MM-DD`, whether YAML gave a Date or the text; undefined otherwise. */
export function toIsoDate(value: unknown): IsoDate | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  return undefined;
}

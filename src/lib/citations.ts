import { toChineseNumber } from './numerals.ts';

/** “第一千零八十七条第一款第（二）项”: the article label narrowed to a paragraph and item when given. */
export function citationLabel(articleLabel: string, paragraph?: number, item?: number): string {
  const p = paragraph === undefined ? '' : `第${toChineseNumber(paragraph)}款`;
  const i = item === undefined ? '' : `第（${toChineseNumber(item)}）项`;
  return `${articleLabel}${p}${i}`;
}

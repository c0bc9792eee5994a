import { parseChineseNumber, toChineseNumber } from './numerals.ts';

// How an article is named and addressed: its id in URLs and data ("17-1"), its label (第十七条之一),
// and the forms editors write in frontmatter. A leaf module: the schemas use it, so it imports
// nothing but the numerals.

/** "9" for 第九条, "17-1" for 第十七条之一. */
export function articleId(number: number, sub: number): string {
  return sub === 0 ? String(number) : `${number}-${sub}`;
}

/** 第十七条之一 */
export function articleLabel(number: number, sub: number): string {
  return `第${toChineseNumber(number)}条${sub === 0 ? '' : `之${toChineseNumber(sub)}`}`;
}

const REF_NUMERAL = '[0-9０-９〇零一二两三四五六七八九十百千]+';
const ARTICLE_REF = new RegExp(`^第?(${REF_NUMERAL})条?(?:[之-](${REF_NUMERAL}))?$`);

/** Accepts 577, "577", "第五百七十七条", "五百七十七", "17之一", "17-1" and "第十七条之一". */
export function parseArticleRef(input: string | number): { number: number; sub: number } | null {
  if (typeof input === 'number') {
    return Number.isInteger(input) && parseChineseNumber(String(input)) !== null ? { number: input, sub: 0 } : null;
  }
  const match = ARTICLE_REF.exec(input.trim());
  if (!match) return null;
  const number = parseChineseNumber(match[1]);
  const sub = match[2] === undefined ? 0 : parseChineseNumber(match[2]);
  return number === null || sub === null ? null : { number, sub };
}

import { toChineseNumber } from '../laws/numerals.ts';

// One form of the text for both sides of search: what the index stores and what a query asks for
// must be normalised alike, or a form a reader types never meets the form a page was written in.

const ARTICLE_NUMBERS = /第\s*([0-9]+)\s*(条|款|项)(?:之\s*([0-9]+))?/g;

/** Width-folded, lower-cased text with article numbers in Chinese numerals (第577条 → 第五百七十七条). */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(ARTICLE_NUMBERS, (_, number: string, unit: string, sub?: string) => {
      const n = Number(number);
      if (n < 1 || n > 9999) return `第${number}${unit}`;
      const suffix = sub && Number(sub) >= 1 && Number(sub) <= 9999 ? `之${toChineseNumber(Number(sub))}` : '';
      return `第${toChineseNumber(n)}${unit}${suffix}`;
    });
}

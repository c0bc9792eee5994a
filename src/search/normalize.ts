import { toChineseNumber } from '../laws/numerals.ts';
import { parseQuantity } from './quantities.ts';

// One form of the text for both sides of search: what the index stores and what a query asks for
// must be normalised alike, or a form a reader types never meets the form a page was written in.
// - Width and case folded (ＡＢＣ → abc).
// - Article numbers in Chinese numerals, as statutes write them: 第577条, 577条 → 第五百七十七条.
// - Quantities in Arabic numerals, as readers type them: 六十五岁 → 65岁, 两万元 → 20000元,
//   2万元 → 20000元, 20,000元 → 20000元, and a number of days as 日 (15天 → 15日).
// The rules are applied in order; each one sees the text the previous ones left.

type Rule = readonly [pattern: RegExp, replace: (match: string, ...groups: string[]) => string];

const CN_DIGITS = '零〇一二两三四五六七八九';
const CN_NUMERAL = `[${CN_DIGITS}十百千万亿]`;
// Units a number of which a reader may look for; 条, 款 and 项 are articles, handled apart.
const UNIT = '周岁|岁|个月|月|年|日|天|周|小时|元|倍|次|人|件|万元|亿元';

const article = (number: string, unit: string, sub?: string) => {
  const n = Number(number);
  if (n < 1 || n > 9999) return undefined;
  const suffix = sub && Number(sub) >= 1 && Number(sub) <= 9999 ? `之${toChineseNumber(Number(sub))}` : '';
  return `第${toChineseNumber(n)}${unit}${suffix}`;
};

const RULES: readonly Rule[] = [
  // 20,000 → 20000: thousands separators only, groups of exactly three digits.
  [/(?<![\d,])\d{1,3}(?:,\d{3})+(?![\d,])/g, (match) => match.replaceAll(',', '')],
  // 第577条, 第 577 款, 第133条之1.
  [
    /第\s*([0-9]+)\s*(条|款|项)(?:之\s*([0-9]+))?/g,
    (match, number, unit, sub) => article(number!, unit!, sub) ?? match,
  ],
  // 577条 and 民法典1087条 without 第: a reader's shorthand for the article.
  [/(?<![0-9.])([0-9]+)\s*条(?:之\s*([0-9]+))?/g, (match, number, sub) => article(number!, '条', sub) ?? match],
  // 六十五岁, 两万元, 十五天, 二〇二四年; not 第十五条 nor 第十五日, which name a place, not an amount.
  [
    new RegExp(`(?<![第${CN_DIGITS}十百千万亿0-9.])(${CN_NUMERAL}+)(?=${UNIT})`, 'g'),
    (match, numeral) => {
      const value = parseQuantity(numeral!);
      return value === null ? match : String(value);
    },
  ],
  // 2万元, 1.5万 → 20000元, 15000.
  [
    /(?<![0-9.])([0-9]+(?:\.[0-9]+)?)([万亿])/g,
    (match, number, unit) => {
      const value = Number(number) * (unit === '万' ? 1e4 : 1e8);
      return Number.isSafeInteger(value) ? String(value) : match;
    },
  ],
  // 15天 → 15日: a number of days is written either way.
  [/([0-9])天/g, (_, digit) => `${digit}日`],
];

/** The text in its one searchable form (see the rules above). */
export function normalizeText(text: string): string {
  let out = text.normalize('NFKC').toLowerCase();
  for (const [pattern, replace] of RULES) out = out.replace(pattern, replace);
  return out;
}

/**
 * Normalised text that remembers where each of its characters came from: `starts[i]` and `ends[i]`
 * bound the original text that the normalised character `i` stands for. A match found in the
 * normalised text can so be marked in the text as written (六十五岁 for a search for 65岁).
 */
export interface MappedText {
  text: string;
  starts: number[];
  ends: number[];
}

export function normalizeMapped(text: string): MappedText {
  // Folded one character at a time, so each folded character keeps its source; folding never joins
  // characters in the texts we search (no combining marks in Chinese legal prose).
  let mapped: MappedText = { text: '', starts: [], ends: [] };
  let offset = 0;
  const parts: string[] = [];
  for (const char of text) {
    const folded = char.normalize('NFKC').toLowerCase();
    parts.push(folded);
    for (let i = 0; i < folded.length; i++) {
      mapped.starts.push(offset);
      mapped.ends.push(offset + char.length);
    }
    offset += char.length;
  }
  mapped.text = parts.join('');
  for (const [pattern, replace] of RULES) mapped = rewrite(mapped, pattern, replace);
  return mapped;
}

/** One rule applied to mapped text: a replaced piece stands, as a whole, for what it replaced. */
function rewrite(mapped: MappedText, pattern: RegExp, replace: Rule[1]): MappedText {
  const out: MappedText = { text: '', starts: [], ends: [] };
  const parts: string[] = [];
  let cursor = 0;
  const keep = (end: number) => {
    parts.push(mapped.text.slice(cursor, end));
    for (let i = cursor; i < end; i++) {
      out.starts.push(mapped.starts[i]!);
      out.ends.push(mapped.ends[i]!);
    }
  };
  for (const match of mapped.text.matchAll(pattern)) {
    const [whole, ...groups] = match;
    const replacement = replace(whole, ...(groups as string[]));
    if (replacement === whole) continue;
    keep(match.index);
    const start = mapped.starts[match.index]!;
    const end = mapped.ends[match.index + whole.length - 1]!;
    parts.push(replacement);
    for (let i = 0; i < replacement.length; i++) {
      out.starts.push(start);
      out.ends.push(end);
    }
    cursor = match.index + whole.length;
  }
  keep(mapped.text.length);
  out.text = parts.join('');
  return out;
}

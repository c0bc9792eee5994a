import { normalizeText } from './normalize.ts';
import type { SynonymMap } from './synonyms.ts';

// Chinese search that agrees on both sides. The index holds every overlapping bigram of the text,
// so any contiguous piece of it is findable whatever a word segmenter would have made of it; a
// query is cut into words (dictionary terms first, then Intl.Segmenter) and each word into the same
// bigrams. A run of digits counts as one unit beside the characters (65岁 → 65岁; 居满1年 → 居满,
// 满1, 1年), so a number is matched whole, with its unit. Pagefind matches every term, and its
// prefix rule lets a one-unit word match the bigrams that start with it.

const HAN = /\p{Script=Han}/u;
// Chinese text with the numbers in it, or a word of other letters.
const RUNS = /(?:\p{Script=Han}|[0-9]+)+|(?:(?![\p{Script=Han}0-9])[\p{L}\p{N}])+/gu;
const UNITS = /[0-9]+|./gsu;
const isChinese = (word: string) => HAN.test(word) || /^[0-9]/.test(word);

// Function words and question words say nothing about what a reader is looking for.
const STOPWORDS = new Set(
  '怎么 怎么办 怎样 如何 什么 哪些 哪里 是否 能否 可以 吗 呢 吧 啊 呀 了 的 得 地 是 会 能 要 该 应 应该 我 我们 你 他 她 它 被 把 和 与 及 或 在 对 就 都 也 还 很 请问 一下'.split(
    ' ',
  ),
);

/** The terms a piece of text is indexed under: CJK bigrams (a lone character as itself) and words. */
export function indexTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const [run] of normalizeText(text).matchAll(RUNS)) tokens.push(...wordTokens(run));
  return tokens;
}

function wordTokens(word: string): string[] {
  if (!isChinese(word)) return [word];
  const units = word.match(UNITS)!;
  if (units.length === 1) return units;
  return units.slice(1).map((unit, i) => units[i] + unit);
}

/**
 * The form a term takes in the Pagefind index. Pagefind applies its own character rules to CJK
 * terms at query time (a query 收条 also matches 条第), so every Chinese term is spelled in ASCII:
 * `zh`, then each character as three base-36 digits (its offset in the CJK Unified Ideographs
 * block) or, for the rarer ideographs outside it, `z` and four digits of its code point. No
 * character's spelling is the start of another's, so prefixes survive: 收 is a prefix of 收条.
 * Short spellings matter: the index stores the text of every page in these terms.
 */
export function encodeTerm(term: string): string {
  if (!isChinese(term)) return term;
  let code = 'zh';
  // A number is spelled `n<digits>n`: no character's spelling starts with n (the block's offsets
  // start 0 to g), and the closing n keeps 6 from being a prefix of 65.
  for (const unit of term.match(UNITS)!) code += /^[0-9]/.test(unit) ? `n${unit}n` : encodeChar(unit);
  return code;
}

/**
 * Whether an index term stands for one unit: a Chinese character or a number. Such a term is meant
 * to match every bigram that starts with it (Pagefind matches terms as prefixes of indexed words);
 * any other term is meant as itself.
 */
export function isUnitTerm(encoded: string): boolean {
  return /^zh(?:[0-9a-y][0-9a-z]{2}|z[0-9a-z]{4}|n[0-9]+n)$/.test(encoded);
}

const CJK_START = 0x4e00;
const CJK_END = 0x9fff;

// Characters repeat endlessly across pages; their spelling is worked out once.
const charCodes = new Map<string, string>();

function encodeChar(char: string): string {
  let code = charCodes.get(char);
  if (code === undefined) {
    const point = char.codePointAt(0)!;
    code =
      point >= CJK_START && point <= CJK_END
        ? (point - CJK_START).toString(36).padStart(3, '0')
        : `z${point.toString(36).padStart(4, '0')}`;
    charCodes.set(char, code);
  }
  return code;
}

export type Segment = (text: string) => string[];

const zhSegmenter =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;

/** Words by the runtime's own segmenter; falls back to whole runs where Intl.Segmenter is missing. */
export const segmentWords: Segment = (text) =>
  zhSegmenter
    ? [...zhSegmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment)
    : [...text.matchAll(RUNS)].map(([run]) => run);

export interface QueryTerms {
  /** Words as the reader meant them, for highlighting. */
  words: string[];
  /** The index terms to ask for: every one must match. */
  terms: string[];
  /**
   * The query's terms in text order, when it is one unbroken run of known terms, citations and
   * short words (民法典第469条, 发错货): pages holding exactly that sequence come first.
   */
  phrase?: string[];
}

/**
 * Turns a reader's query into index terms. Article citations and known terms (law names,
 * synonyms) are kept whole, so 民法典 or 第五百七十七条 are never cut apart, and a known term is
 * searched by its group's word, which the index holds for every form (see synonyms.ts); the rest
 * is segmented into words, question words are dropped, and each word becomes its bigrams.
 * Every form of a matched group is highlighted, since a page may use any of them.
 */
export function queryTerms(query: string, synonyms: SynonymMap = {}, segment: Segment = segmentWords): QueryTerms {
  const normalized = normalizeText(query);
  const highlight: string[] = [];
  const searched: string[] = [];
  const runs = [...normalized.matchAll(RUNS)].map(([run]) => run);
  const phrase: string[] = [];
  let phraseable = runs.length === 1;
  for (const run of runs) {
    for (const piece of protect(run, Object.keys(synonyms))) {
      phraseable &&= piece.whole || [...piece.text].length <= SHORT;
      phrase.push(...wordTokens(piece.text));
      const canonical = piece.whole ? synonyms[piece.text] : undefined;
      if (canonical !== undefined) {
        searched.push(canonical);
        highlight.push(piece.text, ...Object.keys(synonyms).filter((word) => synonyms[word] === canonical));
      } else if (piece.whole) {
        searched.push(piece.text);
        highlight.push(piece.text);
      } else {
        const words = [...piece.text].length <= SHORT ? keyWords([piece.text]) : keyWords(segment(piece.text));
        searched.push(...words);
        highlight.push(...words);
      }
    }
  }
  const terms = [...new Set(searched.flatMap(wordTokens))];
  return {
    words: [...new Set(highlight)],
    terms,
    ...(phraseable && phrase.length > 1 && terms.length > 0 ? { phrase } : {}),
  };
}

// A piece this short is one term to a reader (上诉期, 违约金, 居满一年): searched whole, as its bigrams.
const SHORT = 4;

/**
 * The words of a segmented piece worth searching for, question words dropped. Single characters
 * in a row are joined (发|错|货 → 发错货): alone each would match every bigram it starts, joined
 * they give the bigrams the text holds.
 */
function keyWords(segments: readonly string[]): string[] {
  const words: string[] = [];
  let joinable = false;
  for (const word of segments) {
    if (STOPWORDS.has(word)) {
      joinable = false;
      continue;
    }
    const single = [...word].length === 1;
    if (single && joinable) words[words.length - 1] += word;
    else words.push(word);
    joinable = single;
  }
  return words;
}

const ARTICLE = /第[零〇一二两三四五六七八九十百千]+[条款项](?:之[零〇一二两三四五六七八九十百千]+)?/g;

/** Splits a run into pieces kept whole (citations, dictionary terms) and pieces to segment. */
function protect(run: string, dictionary: readonly string[]): { text: string; whole: boolean }[] {
  const spans: [number, number][] = [];
  for (const match of run.matchAll(ARTICLE)) spans.push([match.index, match.index + match[0].length]);
  const byLength = [...dictionary].sort((a, b) => b.length - a.length);
  for (const term of byLength) {
    for (let at = run.indexOf(term); at !== -1; at = run.indexOf(term, at + 1)) {
      const end = at + term.length;
      if (!spans.some(([s, e]) => at < e && end > s)) spans.push([at, end]);
    }
  }
  spans.sort((a, b) => a[0] - b[0]);
  const pieces: { text: string; whole: boolean }[] = [];
  let cursor = 0;
  for (const [start, end] of spans) {
    if (start > cursor) pieces.push({ text: run.slice(cursor, start), whole: false });
    pieces.push({ text: run.slice(start, end), whole: true });
    cursor = end;
  }
  if (cursor < run.length) pieces.push({ text: run.slice(cursor), whole: false });
  return pieces;
}

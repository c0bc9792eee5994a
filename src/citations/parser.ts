import type { LawNames } from '../laws/names.ts';
import { parseChineseNumber } from '../laws/numerals.ts';

/** The law a citation belongs to: one in the library, or one named but not held (《刑事诉讼法》). */
export type CitedLaw = { known: true; id: string } | { known: false; name: string };

/** One article reference found in running text, e.g. 《民法典》第一千零八十七条第一款第（二）项. */
export interface CitationMatch {
  /** Offsets of the text to wrap in a link: the law name too when it is written right before. */
  start: number;
  end: number;
  law: CitedLaw;
  number: number;
  sub: number;
  paragraph?: number;
  item?: number;
  /** Set on the second half of 第十条至第十二条: the articles between are cited too. */
  rangeFrom?: { number: number; sub: number };
}

/** What a paragraph has named so far: a bare 第X条 refers to the law named last. */
export interface CitationContext {
  law?: CitedLaw | undefined;
}

const NUM = '[零〇一二两三四五六七八九十百千0-9０-９]+';
const ARTICLE = `第\\s*(${NUM})\\s*条(?:之(${NUM}))?(?:第(${NUM})款)?(?:第[（(](${NUM})[）)]项|第(${NUM})项)?`;
const QUOTED = '《([^《》\\n]{1,60})》';
// Between a law's name and its article only spaces may stand; 至/到 joins the ends of a range.
const RANGE_JOINER = /^\s*[至到]\s*$/;
// Titles of legislation end like this (after an optional （…） such as 刑法修正案（十一）); other
// quoted titles are contracts, licences or books, whose 第X条 is no article of any law.
const LEGISLATION_TITLE = /(?:法|法典|条例|规定|办法|决定|解释|规则|细则|意见|通知|公约|修正案)$/;

/**
 * Finds article citations in one run of text. `context` carries the law named last across text
 * runs and is updated in place. A 《…》 title of legislation sets it, in the library or not; any
 * other title (a contract, a licence) leaves it alone but claims a 第X条 written right after it,
 * so 《保密协议》第三条 is never taken for an article of the law named before.
 */
export function scanCitations(text: string, names: LawNames, context: CitationContext): CitationMatch[] {
  const matches: CitationMatch[] = [];
  let lawStart = -1;
  let lawEnd = -1;
  let otherTitleEnd = -1;
  let previous: CitationMatch | undefined;
  for (const token of tokens(text, names)) {
    if (token.kind === 'law') {
      const id = names.lookup(token.name);
      if (id || isLegislationTitle(token.name)) {
        context.law = id ? { known: true, id } : { known: false, name: token.name };
        lawStart = token.start;
        lawEnd = token.end;
      } else otherTitleEnd = token.end;
      previous = undefined;
      continue;
    }
    if (otherTitleEnd >= 0 && /^\s*$/.test(text.slice(otherTitleEnd, token.start))) continue;
    const m = token.match;
    const number = parseChineseNumber(m[1]!);
    const sub = m[2] === undefined ? 0 : parseChineseNumber(m[2]);
    const paragraph = m[3] === undefined ? undefined : parseChineseNumber(m[3]);
    const itemText = m[4] ?? m[5];
    const item = itemText === undefined ? undefined : parseChineseNumber(itemText);
    if (!context.law || number === null || sub === null || paragraph === null || item === null) continue;

    const adjacent = lawEnd >= 0 && /^\s*$/.test(text.slice(lawEnd, token.start));
    const match: CitationMatch = {
      start: adjacent ? lawStart : token.start,
      end: token.end,
      law: context.law,
      number,
      sub,
      ...(paragraph === undefined ? {} : { paragraph }),
      ...(item === undefined ? {} : { item }),
    };
    if (previous && RANGE_JOINER.test(text.slice(previous.end, token.start))) {
      match.rangeFrom = { number: previous.number, sub: previous.sub };
    }
    matches.push(match);
    previous = match;
    lawEnd = -1;
  }
  return matches;
}

type Token =
  | { kind: 'law'; name: string; start: number; end: number }
  | { kind: 'article'; match: RegExpExecArray; start: number; end: number };

const QUOTED_PATTERN = new RegExp(QUOTED, 'g');
const ARTICLE_PATTERN = new RegExp(ARTICLE, 'g');
// One alternation of every known name per library, built once: it is matched against every text run.
const namePatterns = new WeakMap<LawNames, RegExp | null>();

function namePattern(names: LawNames): RegExp | null {
  let pattern = namePatterns.get(names);
  if (pattern === undefined) {
    pattern = names.names.length ? new RegExp(names.names.map(escape).join('|'), 'g') : null;
    namePatterns.set(names, pattern);
  }
  return pattern;
}

/** Law names (quoted, or known names in running text) and article references, in text order. */
function tokens(text: string, names: LawNames): Token[] {
  const found: Token[] = [];
  const quoted: [number, number][] = [];
  // A cheap test first: most text runs hold no citation at all.
  if (!text.includes('第') && !text.includes('《') && !names.names.some((name) => text.includes(name))) return found;
  for (const m of text.matchAll(QUOTED_PATTERN)) {
    found.push({ kind: 'law', name: m[1]!, start: m.index, end: m.index + m[0].length });
    quoted.push([m.index, m.index + m[0].length]);
  }
  const bare = namePattern(names);
  if (bare) {
    for (const m of text.matchAll(bare)) {
      const inside = quoted.some(([s, e]) => m.index >= s && m.index < e);
      if (!inside) found.push({ kind: 'law', name: m[0], start: m.index, end: m.index + m[0].length });
    }
  }
  for (const m of text.matchAll(ARTICLE_PATTERN)) {
    found.push({ kind: 'article', match: m, start: m.index, end: m.index + m[0].length });
  }
  return found.sort((a, b) => a.start - b.start);
}

export function isLegislationTitle(name: string): boolean {
  return LEGISLATION_TITLE.test(name.replace(/[（(][^（()）]*[)）]$/, ''));
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

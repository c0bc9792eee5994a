import { escapeHtml } from '../shared/html-text.ts';
import { normalizeMapped } from './normalize.ts';

// Query words marked where a page's text holds them, in whatever form it was written: words are
// found in the normalised text (src/search/normalize.ts) and marked in the text as written, so a
// search for 65岁 marks 六十五岁 and one for 1087条 marks 第一千零八十七条.

/** Where the words occur in `text`, as [start, end) offsets of the text as written, merged. */
export function matchRanges(text: string, words: readonly string[]): [number, number][] {
  const needles = [...new Set(words.filter((word) => word.length > 0))].sort((a, b) => b.length - a.length);
  if (needles.length === 0) return [];
  const mapped = normalizeMapped(text);
  const pattern = new RegExp(needles.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  const ranges: [number, number][] = [];
  for (const match of mapped.text.matchAll(pattern)) {
    const start = mapped.starts[match.index]!;
    const end = mapped.ends[match.index + match[0].length - 1]!;
    const last = ranges.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else ranges.push([start, end]);
  }
  return ranges;
}

/** `text` as HTML with every range wrapped in <mark>; the text is escaped. */
function marked(text: string, ranges: readonly [number, number][], from = 0, to = text.length): string {
  let html = '';
  let cursor = from;
  for (const [start, end] of ranges) {
    if (end <= from || start >= to) continue;
    const s = Math.max(start, from);
    const e = Math.min(end, to);
    html += `${escapeHtml(text.slice(cursor, s))}<mark>${escapeHtml(text.slice(s, e))}</mark>`;
    cursor = e;
  }
  return html + escapeHtml(text.slice(cursor, to));
}

/** A title or other short text as HTML, every query word in it marked. */
export function highlightText(text: string, words: readonly string[]): string {
  return marked(text, matchRanges(text, words));
}

/**
 * An HTML excerpt of `text`, `length` characters long, from the passage where most of the
 * different query words occur together (the earliest such passage), every match marked.
 */
export function highlightExcerpt(text: string, words: readonly string[], length = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const ranges = matchRanges(flat, words);
  const start = passageStart(flat, ranges, length);
  const end = avoidSplit(flat, Math.min(flat.length, start + length));
  return `${start > 0 ? '…' : ''}${marked(flat, ranges, start, end)}${end < flat.length ? '…' : ''}`;
}

// A passage starts a little before its first match, so the reader sees what leads up to it.
const LEAD = 0.25;

function passageStart(text: string, ranges: readonly [number, number][], length: number): number {
  let best = 0;
  let bestWords = 0;
  for (const [first] of ranges) {
    const distinct = new Set(
      ranges.filter(([start, end]) => start >= first && end <= first + length).map(([s, e]) => text.slice(s, e)),
    ).size;
    if (distinct > bestWords) {
      bestWords = distinct;
      best = first;
    }
  }
  if (bestWords === 0) return 0;
  const start = Math.max(0, Math.min(best - Math.floor(length * LEAD), text.length - length));
  return avoidSplit(text, start);
}

/** An offset moved off the middle of a surrogate pair, so no character is cut in half. */
function avoidSplit(text: string, at: number): number {
  const code = text.charCodeAt(at);
  return at > 0 && at < text.length && code >= 0xdc00 && code <= 0xdfff ? at - 1 : at;
}

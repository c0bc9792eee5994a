import type { LawArticle, LawVersion } from '../schemas/law.ts';

// Which article of a newer version carries the content of each article of an older one, so an
// article page can link to its successor and its predecessor across a renumbering revision.
//
// Similarity is TF-IDF weighted cosine over character bigrams. Chinese has no word boundaries, and
// bigrams are the cheapest unit that still captures words (商业秘密 → 商业 业秘 秘密). IDF matters
// because statutes repeat boilerplate (违反本法规定, 处五日以上十日以下拘留) across dozens of
// articles; weighting it down lets the distinctive terms (有奖销售, 偷越国境) decide. Cosine
// rather than containment keeps a short article from matching any long one that happens to quote
// its phrases. Cross-references (本法第六条) are dropped before comparing, because after a
// renumbering the same number names a different article and would pull matches the wrong way.
//
// Order is only a tie-breaker: articles that are near-certain (mutual best, high similarity) and
// in ascending order on both sides form anchors, and a candidate lying between the successors of
// the neighbouring anchors gets a small bonus. That settles near-duplicates such as the many
// penalty articles with the same fine scale, without stopping a clearly better match elsewhere
// (治安管理处罚法 moved 综合治理 from 第六条 to 第二条).
//
// Cost: an inverted index of the newer version's bigrams (interned to integers, in typed arrays),
// so each older article only touches the newer articles it shares a bigram with, plus a few linear
// passes over the similarity matrix. Measured on Node 24, warm, on a busy 2-core machine:
// 反不正当竞争法 33×41 about 7 ms, 治安管理处罚法 119×144 about 25 ms, and 民法典's 1,260 articles
// against a renumbered copy of themselves about 250 ms.

export interface ArticleMatch {
  /** Article id in the older version. */
  from: string;
  /** Article id in the newer version; null when no single article carries the content. */
  to: string | null;
  /**
   * Text similarity of `from` and `to`, 0–1. When `to` is null: the best similarity found, which
   * fell short of the threshold (or that an editor overrode), so weak cases are easy to review.
   */
  score: number;
  source: 'similarity' | 'override';
}

/** Below this no newer article is taken to carry the older one; see the calibration note below. */
export const MIN_SIMILARITY = 0.3;
/** Enough to break near-ties in favour of the order, too little to overturn a clear match. */
const ORDER_BONUS = 0.05;
/** Matches this similar, and this far ahead of their runner-up, are trusted to define the order. */
const ANCHOR_SIMILARITY = 0.5;
const ANCHOR_MARGIN = 0.1;

// Calibration on the 2025 revisions, the only renumbered pairs we hold: every carried article
// scores 0.42 or more even when heavily rewritten (治安管理处罚法 第五十六条 → 第六十七条, the
// hotel-register rules), while the deleted ones score at most 0.24 (偷越国（边）境, 第六十一条 and
// 第六十二条; 强制性教育措施, 第七十六条). The threshold sits in that gap.

const NUMERAL = '[〇零一二两三四五六七八九十百千0-9０-９]+';
const ITEM_MARKER = new RegExp(`^[（(]${NUMERAL}[）)]`);
// 第六条, 第十七条之一, 第二款, 第三项; 第三人 is not a reference and stays.
const CROSS_REFERENCE = new RegExp(`第${NUMERAL}(?:条(?:之${NUMERAL})?|款|项)`, 'g');
const NOT_WORD = /[^\p{L}\p{N}]/gu;
// Every run of numerals becomes one symbol: revisions change fines, days and ages all the time
// (二百元以下 → 五百元以下) and always change the commencement date, so amounts would reward
// unrelated articles that happen to share a scale and punish the real successor. The masking
// also hits words like 统一 and 一定, but identically on both sides, so it costs almost nothing.
const QUANTITY = /[〇零一二两三四五六七八九十百千万0-9０-９]+/g;

/** The article's words only: no item markers, no cross-references, no punctuation or spaces. */
export function comparableText(article: LawArticle): string {
  const parts = article.paragraphs.flatMap((paragraph) => [
    paragraph.text,
    ...paragraph.items.map((item) => item.replace(ITEM_MARKER, '')),
  ]);
  return parts.join('').replace(CROSS_REFERENCE, '').replace(NOT_WORD, '').replace(QUANTITY, '#');
}

/** Character bigram counts; a one-character text becomes its single character. */
export function bigrams(text: string): Map<string, number> {
  const chars = Array.from(text);
  const counts = new Map<string, number>();
  if (chars.length === 1) counts.set(chars[0] ?? '', 1);
  for (let i = 0; i + 1 < chars.length; i++) {
    const gram = `${chars[i]}${chars[i + 1]}`;
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/** A unit-length TF-IDF vector over interned bigram ids. */
interface SparseVector {
  grams: Int32Array;
  weights: Float64Array;
}

/** Bigram → small integer, so the hot loop indexes typed arrays instead of hashing strings. */
function intern(documents: readonly Map<string, number>[]): Map<string, number> {
  const ids = new Map<string, number>();
  for (const counts of documents) for (const gram of counts.keys()) if (!ids.has(gram)) ids.set(gram, ids.size);
  return ids;
}

/** log(1 + N/df) over both versions' articles, so a bigram shared by every article weighs least. */
function inverseDocumentFrequency(documents: readonly Map<string, number>[], ids: Map<string, number>): Float64Array {
  const df = new Float64Array(ids.size);
  for (const counts of documents) for (const gram of counts.keys()) df[ids.get(gram) ?? 0]++;
  return df.map((count) => Math.log(1 + documents.length / count));
}

/** Sublinear tf, so a phrase an article repeats does not dominate it. */
function weigh(counts: Map<string, number>, ids: Map<string, number>, idf: Float64Array): SparseVector {
  const grams = new Int32Array(counts.size);
  const weights = new Float64Array(counts.size);
  let k = 0;
  let norm = 0;
  for (const [gram, count] of counts) {
    const id = ids.get(gram) ?? 0;
    const weight = (1 + Math.log(count)) * (idf[id] ?? 0);
    grams[k] = id;
    weights[k++] = weight;
    norm += weight * weight;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (let i = 0; i < weights.length; i++) weights[i] = (weights[i] ?? 0) / norm;
  return { grams, weights };
}

/** For each bigram id, the newer articles containing it and its weight there (CSR layout). */
interface InvertedIndex {
  start: Int32Array;
  articles: Int32Array;
  weights: Float64Array;
}

function invertedIndex(vectors: readonly SparseVector[], vocabulary: number): InvertedIndex {
  const start = new Int32Array(vocabulary + 1);
  for (const vector of vectors) for (const gram of vector.grams) start[gram + 1]++;
  for (let g = 0; g < vocabulary; g++) start[g + 1] += start[g] ?? 0;
  const filled = start.slice(0, vocabulary);
  const total = start[vocabulary] ?? 0;
  const articles = new Int32Array(total);
  const weights = new Float64Array(total);
  vectors.forEach((vector, j) => {
    vector.grams.forEach((gram, k) => {
      const slot = filled[gram]++;
      articles[slot] = j;
      weights[slot] = vector.weights[k] ?? 0;
    });
  });
  return { start, articles, weights };
}

/** Row i holds the cosine similarity of older article i with every newer article. */
export function similarityMatrix(older: readonly LawArticle[], newer: readonly LawArticle[]): Float64Array[] {
  const olderCounts = older.map((article) => bigrams(comparableText(article)));
  const newerCounts = newer.map((article) => bigrams(comparableText(article)));
  const all = [...olderCounts, ...newerCounts];
  const ids = intern(all);
  const idf = inverseDocumentFrequency(all, ids);
  const index = invertedIndex(
    newerCounts.map((counts) => weigh(counts, ids, idf)),
    ids.size,
  );
  return olderCounts.map((counts) => {
    const row = new Float64Array(newer.length);
    const { grams, weights } = weigh(counts, ids, idf);
    grams.forEach((gram, k) => {
      const weight = weights[k] ?? 0;
      const end = index.start[gram + 1] ?? 0;
      for (let p = index.start[gram] ?? 0; p < end; p++) {
        row[index.articles[p] ?? 0] += weight * (index.weights[p] ?? 0);
      }
    });
    // Rounding can push identical texts a hair above 1; scores are read by people as 0–1.
    return row.map((similarity) => Math.min(similarity, 1));
  });
}

/**
 * Older index → newer index for the matches trusted to define the order: mutual best, at least
 * ANCHOR_SIMILARITY, clear of the runner-up by ANCHOR_MARGIN (so a tie between duplicated
 * boilerplate never anchors), reduced to their longest run ascending on both sides.
 */
export function orderAnchors(matrix: readonly Float64Array[], newerCount: number): Map<number, number> {
  const bestOlder = columnMaxima(matrix, newerCount);
  const candidates: [number, number][] = [];
  matrix.forEach((row, i) => {
    const [j, first, second] = topTwo(row);
    if (j >= 0 && bestOlder[j] === i && first >= ANCHOR_SIMILARITY && first - second >= ANCHOR_MARGIN) {
      candidates.push([i, j]);
    }
  });
  return new Map(longestIncreasing(candidates));
}

/** For each newer index, the older index most similar to it (the first one on ties). */
function columnMaxima(matrix: readonly Float64Array[], newerCount: number): Int32Array {
  const best = new Int32Array(newerCount).fill(-1);
  const value = new Float64Array(newerCount).fill(-Infinity);
  matrix.forEach((row, i) => {
    for (let j = 0; j < newerCount; j++) {
      const similarity = row[j] ?? 0;
      if (similarity > (value[j] ?? 0)) {
        value[j] = similarity;
        best[j] = i;
      }
    }
  });
  return best;
}

/** [index of the largest value (first on ties), largest, second largest]. */
function topTwo(row: Float64Array): [number, number, number] {
  let index = -1;
  let first = -Infinity;
  let second = -Infinity;
  for (let j = 0; j < row.length; j++) {
    const value = row[j] ?? 0;
    if (value > first) {
      second = first;
      first = value;
      index = j;
    } else if (value > second) {
      second = value;
    }
  }
  return [index, first, second === -Infinity ? 0 : second];
}

/** Longest subsequence of pairs (already ascending in the first) that ascends in the second too. */
function longestIncreasing(pairs: readonly [number, number][]): [number, number][] {
  // Patience sorting: tails[k] is the index of the pair ending the best run of length k + 1.
  const tails: number[] = [];
  const previous: number[] = [];
  pairs.forEach(([, j], p) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((pairs[tails[mid] ?? 0]?.[1] ?? 0) < j) low = mid + 1;
      else high = mid;
    }
    previous[p] = low > 0 ? (tails[low - 1] ?? -1) : -1;
    tails[low] = p;
  });
  const run: [number, number][] = [];
  for (let p = tails.at(-1) ?? -1; p >= 0; p = previous[p] ?? -1) {
    const pair = pairs[p];
    if (pair) run.unshift(pair);
  }
  return run;
}

/**
 * For each older index, the inclusive range of newer indexes between the successors of the
 * nearest anchors before and after it. Inclusive, because two older articles merged into one
 * newer article share its index (治安管理处罚法 第七十七条 and 第七十八条 → 第九十条).
 */
export function orderWindows(olderCount: number, newerCount: number, anchors: Map<number, number>): [number, number][] {
  const lows: number[] = [];
  let low = 0;
  for (let i = 0; i < olderCount; i++) {
    low = anchors.get(i) ?? low;
    lows.push(low);
  }
  const windows: [number, number][] = new Array(olderCount);
  let high = newerCount - 1;
  for (let i = olderCount - 1; i >= 0; i--) {
    high = anchors.get(i) ?? high;
    windows[i] = [lows[i] ?? 0, high];
  }
  return windows;
}

/** The best newer index for one older article, or -1 when nothing reaches MIN_SIMILARITY. */
function chooseSuccessor(row: Float64Array, [low, high]: [number, number]): number {
  let best = -1;
  let bestValue = -Infinity;
  for (let j = 0; j < row.length; j++) {
    const similarity = row[j] ?? 0;
    if (similarity < MIN_SIMILARITY) continue;
    const value = similarity + (j >= low && j <= high ? ORDER_BONUS : 0);
    if (value > bestValue) {
      best = j;
      bestValue = value;
    }
  }
  return best;
}

/**
 * Maps every article id of `older` to the article of `newer` that carries its content.
 * `overrides` (older id → newer id or null) are editors' corrections and win over similarity;
 * an override naming an article that does not exist throws, since a typo there would silently
 * link readers to the wrong article.
 */
export function correspond(
  older: LawVersion,
  newer: LawVersion,
  overrides: Record<string, string | null> = {},
): Map<string, ArticleMatch> {
  checkOverrides(older, newer, overrides);
  const matrix = similarityMatrix(older.articles, newer.articles);
  const windows = orderWindows(
    older.articles.length,
    newer.articles.length,
    orderAnchors(matrix, newer.articles.length),
  );
  const newerIndex = new Map(newer.articles.map((article, j) => [article.id, j]));

  const matches = new Map<string, ArticleMatch>();
  older.articles.forEach((article, i) => {
    const row = matrix[i] ?? new Float64Array(newer.articles.length);
    const override = overrides[article.id];
    if (override !== undefined) {
      const score = override === null ? Math.max(0, ...row) : (row[newerIndex.get(override) ?? -1] ?? 0);
      matches.set(article.id, { from: article.id, to: override, score, source: 'override' });
      return;
    }
    const j = chooseSuccessor(row, windows[i] ?? [0, newer.articles.length - 1]);
    matches.set(article.id, {
      from: article.id,
      to: j < 0 ? null : (newer.articles[j]?.id ?? null),
      score: j < 0 ? Math.max(0, ...row) : (row[j] ?? 0),
      source: 'similarity',
    });
  });
  return matches;
}

function checkOverrides(older: LawVersion, newer: LawVersion, overrides: Record<string, string | null>): void {
  const olderIds = new Set(older.articles.map((article) => article.id));
  const newerIds = new Set(newer.articles.map((article) => article.id));
  for (const [from, to] of Object.entries(overrides)) {
    if (!olderIds.has(from)) {
      throw new Error(`条文对应的人工指定有误：${older.effectiveFrom} 施行的版本没有条文“${from}”`);
    }
    if (to !== null && !newerIds.has(to)) {
      throw new Error(`条文对应的人工指定有误：${newer.effectiveFrom} 施行的版本没有条文“${to}”`);
    }
  }
}

/** Newer id → the older ids whose content it carries, in the older version's order. */
export function reverse(matches: Map<string, ArticleMatch>): Map<string, string[]> {
  const predecessors = new Map<string, string[]>();
  for (const match of matches.values()) {
    if (match.to === null) continue;
    const list = predecessors.get(match.to);
    if (list) list.push(match.from);
    else predecessors.set(match.to, [match.from]);
  }
  return predecessors;
}

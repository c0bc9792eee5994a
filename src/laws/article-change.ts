import type { LawArticle, LawVersion } from '../schemas/law.ts';
import type { LawLibrary, Successor } from './library.ts';
import { diffText, type DiffPart } from './text-diff.ts';

// What happened to an article of a superseded version by the version in force today. A reader of
// an answer that relied on the old text needs to know whether it still states the law: a new
// number alone says nothing about the words.

/**
 * - `unchanged`: the current version carries the article word for word (under its old number or a new one);
 * - `modified`: it carries it with changed words;
 * - `deleted`: no article of the current version carries it;
 * - `merged`: the article that carries it also carries other articles of the same old version.
 *
 * A split (one old article carried by several new ones) is not told apart: the correspondence
 * (correspondence.ts) names one successor per article, and the others show as new articles.
 */
export type ArticleChangeKind = 'unchanged' | 'modified' | 'deleted' | 'merged';

export interface ArticleChange {
  kind: ArticleChangeKind;
  successor: Successor;
  /** For `merged`: the other articles of the old version that the successor carries on. */
  mergedWith: LawArticle[];
  /** The old text against the current one, line by line (see `articleText`); empty when unchanged or deleted. */
  diff: DiffPart[];
}

/** The article's words as the page shows them: each 款 on its line, each 项 on its own. */
export function articleText(article: LawArticle): string {
  return article.paragraphs
    .flatMap((paragraph) => [...(paragraph.text ? [paragraph.text] : []), ...paragraph.items])
    .join('\n');
}

/** What happened to `article` of `version` by the current version; undefined when `version` is current. */
export function articleChange(
  library: LawLibrary,
  lawId: string,
  version: LawVersion,
  article: LawArticle,
): ArticleChange | undefined {
  const successor = library.successor(lawId, version, article.id);
  if (!successor) return undefined;
  if (!successor.article) return { kind: 'deleted', successor, mergedWith: [], diff: [] };
  const mergedWith = library
    .predecessors(lawId, successor.version, successor.article.id)
    .filter((older) => older.version === version && older.article.id !== article.id)
    .map((older) => older.article);
  const [before, after] = [articleText(article), articleText(successor.article)];
  if (mergedWith.length > 0) return { kind: 'merged', successor, mergedWith, diff: diffText(before, after) };
  if (before === after) return { kind: 'unchanged', successor, mergedWith, diff: [] };
  return { kind: 'modified', successor, mergedWith, diff: diffText(before, after) };
}

/** The kind as the pages and the check name it. */
export const CHANGE_NAMES: Record<ArticleChangeKind, string> = {
  unchanged: '内容未变',
  modified: '内容有修改',
  deleted: '已删除',
  merged: '已合并',
};

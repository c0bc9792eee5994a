import type { Law, LawArticle, LawVersion } from '../schemas/law.ts';
import type { IsoDate } from '../shared/dates.ts';
import { articleLabel } from './article-ref.ts';

/** The version of a law in force on a date, or undefined when the date precedes every version. */
export function versionInForce(law: Law, date: IsoDate): LawVersion | undefined {
  return law.versions.find(
    (version) => version.effectiveFrom <= date && (version.effectiveTo === null || date < version.effectiveTo),
  );
}

/** The newest version we hold; it is the one readers see at the law's short URL. */
export function currentVersion(law: Law): LawVersion {
  const version = law.versions.at(-1);
  if (!version) throw new Error(`law “${law.title}” has no versions`);
  return version;
}

export function isCurrent(law: Law, version: LawVersion): boolean {
  return currentVersion(law) === version;
}

export function findArticle(version: LawVersion, articleId: string): LawArticle | undefined {
  return articleIndex(version).get(articleId);
}

const indexes = new WeakMap<LawVersion, Map<string, LawArticle>>();

function articleIndex(version: LawVersion): Map<string, LawArticle> {
  let index = indexes.get(version);
  if (!index) {
    index = new Map(version.articles.map((article) => [article.id, article]));
    indexes.set(version, index);
  }
  return index;
}

/** “第一条至第三十三条”, for telling an editor which articles a version has. */
export function articleRange(version: LawVersion): string {
  const first = version.articles[0];
  const last = version.articles.at(-1);
  if (!first || !last) return '没有条文';
  return `${articleLabel(first.number, first.sub)}至${articleLabel(last.number, last.sub)}`;
}

/** An article's text as one plain string, for descriptions and search. */
export function articlePlainText(article: LawArticle): string {
  return article.paragraphs.map((paragraph) => [paragraph.text, ...paragraph.items].join('')).join('');
}

/**
 * The 款 an item (项) belongs to. Chinese citations omit the 款 when an article has only one 款 with
 * items (第一千零六十三条第（一）项), so the paragraph is optional when that is unambiguous.
 * Returns a 1-based paragraph number, or undefined when the 款 cannot be determined.
 */
export function paragraphOfItem(article: LawArticle, paragraph: number | undefined): number | undefined {
  if (paragraph !== undefined) return paragraph;
  const withItems = article.paragraphs.flatMap((p, index) => (p.items.length > 0 ? [index + 1] : []));
  return withItems.length === 1 ? withItems[0] : undefined;
}

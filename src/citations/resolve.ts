import type { Law, LawArticle, LawVersion } from '../schemas/law.ts';
import type { IsoDate } from '../shared/dates.ts';
import type { LawLibrary } from '../laws/library.ts';
import { articleId, articleLabel } from '../laws/article-ref.ts';
import { articleRange, currentVersion, findArticle, paragraphOfItem, versionInForce } from '../laws/versions.ts';
import { toChineseNumber } from '../laws/numerals.ts';
import { articleChange, type ArticleChange } from '../laws/article-change.ts';

/** An article reference as written: 第一千零八十七条第一款第（二）项 → { number, sub, paragraph, item }. */
export interface ArticleRef {
  number: number;
  sub: number;
  paragraph?: number | undefined;
  item?: number | undefined;
}

/** A citation resolved against the law version in force on the answer's date. */
export interface Citation {
  lawId: string;
  law: Law;
  version: LawVersion;
  article: LawArticle;
  paragraph?: number | undefined;
  item?: number | undefined;
  /**
   * Set when a later version is in force today: where the content lives now (`change.successor`)
   * and what happened to the article's words (内容未变, 内容有修改…).
   */
  change?: ArticleChange | undefined;
}

export type Resolution =
  { ok: true; citation: Citation } | { ok: false; part: 'law' | 'article' | 'paragraph' | 'item'; message: string };

/**
 * Resolves a reference to an article of a known law as of the answer's date, or says precisely what
 * is wrong: not yet in force, no such article (with the version's range), no such 款 or 项.
 */
export function resolveCitation(library: LawLibrary, lawId: string, ref: ArticleRef, date: IsoDate): Resolution {
  const law = library.laws.get(lawId);
  if (!law) return { ok: false, part: 'law', message: `找不到法律“${lawId}”` };
  const version = versionInForce(law, date);
  if (!version) {
    const first = law.versions[0]?.effectiveFrom ?? '—';
    return {
      ok: false,
      part: 'law',
      message: `《${law.short}》在解答日期 ${date} 尚未施行（最早版本 ${first} 起施行）`,
    };
  }
  const label = articleLabel(ref.number, ref.sub);
  const article = findArticle(version, articleId(ref.number, ref.sub));
  if (!article) {
    return {
      ok: false,
      part: 'article',
      message: `《${law.short}》${version.effectiveFrom} 起施行的版本（解答日期 ${date} 时有效）没有${label}：该版本为${articleRange(version)}`,
    };
  }
  if (ref.paragraph !== undefined && !article.paragraphs[ref.paragraph - 1]) {
    return {
      ok: false,
      part: 'paragraph',
      message: `《${law.short}》${label}只有 ${article.paragraphs.length} 款，没有第 ${ref.paragraph} 款`,
    };
  }
  if (ref.item !== undefined) {
    const paragraph = paragraphOfItem(article, ref.paragraph);
    if (paragraph === undefined) {
      return {
        ok: false,
        part: 'item',
        message: `《${law.short}》${label}有多款列有项，请用 paragraph 写明是第几款的项`,
      };
    }
    const items = article.paragraphs[paragraph - 1]?.items ?? [];
    if (!items[ref.item - 1]) {
      const where = ref.paragraph === undefined ? label : `${label}第 ${paragraph} 款`;
      return {
        ok: false,
        part: 'item',
        message: `《${law.short}》${where}只有 ${items.length} 项，没有第 ${ref.item} 项`,
      };
    }
  }
  const current = currentVersion(law) === version;
  return {
    ok: true,
    citation: {
      lawId,
      law,
      version,
      article,
      paragraph: ref.paragraph,
      item: ref.item,
      change: current ? undefined : changeOf(library, lawId, version, article),
    },
  };
}

/** “第一千零八十七条第一款第（二）项”: the article label narrowed to a paragraph and item when given. */
export function citationLabel(articleLabel: string, paragraph?: number, item?: number): string {
  const p = paragraph === undefined ? '' : `第${toChineseNumber(paragraph)}款`;
  const i = item === undefined ? '' : `第（${toChineseNumber(item)}）项`;
  return `${articleLabel}${p}${i}`;
}

/** Identity of a cited article within its law version, for de-duplicating and reverse indexes. */
export function citationKey(citation: Pick<Citation, 'lawId' | 'version' | 'article'>): string {
  return `${citation.lawId}@${citation.version.effectiveFrom}#${citation.article.id}`;
}

// One comparison per cited article and library: thousands of answers may cite the same old article.
const changes = new WeakMap<LawLibrary, Map<LawArticle, ArticleChange | undefined>>();

function changeOf(library: LawLibrary, lawId: string, version: LawVersion, article: LawArticle) {
  let known = changes.get(library);
  if (!known) changes.set(library, (known = new Map()));
  if (!known.has(article)) known.set(article, articleChange(library, lawId, version, article));
  return known.get(article);
}

import type { AuthorData } from '../schemas/author.ts';
import type { CategoryData } from '../schemas/category.ts';
import type { Law, LawArticle, LawVersion } from '../schemas/law.ts';
import { citationsInMarkdown } from '../citations/find.ts';
import { citationKey, resolveCitation, type Citation } from '../citations/resolve.ts';
import type { ContentSet, Entry, QuestionEntry } from '../knowledge/model.ts';
import { answerDate, type IsoDate } from '../shared/dates.ts';
import type { LawLibrary } from '../laws/library.ts';
import { computeRelated } from './related.ts';

/** An article that gets its own page: every cited one, and its counterparts in the law's other versions. */
export interface ArticlePage {
  lawId: string;
  law: Law;
  version: LawVersion;
  article: LawArticle;
}

export interface Catalog {
  /** Published questions, newest answer first. */
  questions: QuestionEntry[];
  question(slug: string): QuestionEntry | undefined;
  categories: Entry<CategoryData>[];
  category(id: string): Entry<CategoryData>;
  questionsInCategory(id: string): QuestionEntry[];
  authors: Entry<AuthorData>[];
  author(id: string): Entry<AuthorData>;
  questionsBy(authorId: string): QuestionEntry[];
  laws: Entry<Law>[];
  law(id: string): Entry<Law>;
  library: LawLibrary;
  related(slug: string): QuestionEntry[];
  /** A question's cited articles: those cited in the answer text first, then frontmatter-only ones. */
  citations(slug: string): Citation[];
  articlePages: ArticlePage[];
  /** Ids of the articles of one law version that have their own page. */
  articlePageIds(lawId: string, version: LawVersion): ReadonlySet<string>;
  citing(page: Pick<ArticlePage, 'lawId' | 'version' | 'article'>): QuestionEntry[];
  latest(count: number): QuestionEntry[];
  /**
   * Up to `count` other questions of the same category nearest to this one by answer date (newer and
   * older in turn), newest first, leaving out those already in its related questions. Unlike the
   * site's latest questions, a new question changes this list only for its few neighbours.
   */
  sameCategory(slug: string, count: number): QuestionEntry[];
  /**
   * When the question's file last changed, for crawlers (the sitemap's `lastmod`): the later of its
   * last commit and `updated`, else `published`. Never shown to readers: a commit may fix a typo
   * without anyone reviewing the answer, so pages and feeds show the date the answer speaks for
   * (src/shared/dates.ts `answerDate`).
   */
  lastChanged(question: QuestionEntry): IsoDate;
}

export interface CatalogOptions {
  /** Drafts are previewed with `npm run dev` but never published. */
  includeDrafts: boolean;
  /** When a file last changed (from git), for the sitemap only. */
  lastChanged?: (file: string) => IsoDate | undefined;
}

/**
 * All cross-page data, computed once per build from content that passed validation: lists per
 * category and author, related questions, resolved citations and the reverse index of who cites
 * which article. Pages only look things up here.
 */
export function buildCatalog(content: ContentSet, library: LawLibrary, options: CatalogOptions): Catalog {
  const questions = content.questions.filter((q) => options.includeDrafts || !q.data.draft).sort(newestFirst);
  const bySlug = new Map(questions.map((question) => [question.id, question]));
  const categories = [...content.categories].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
  const categoryById = new Map(categories.map((category) => [category.id, category]));
  const authorById = new Map(content.authors.map((author) => [author.id, author]));
  const lawById = new Map(content.laws.map((law) => [law.id, law]));
  const byCategory = groupBy(questions, (question) => question.data.category);
  const byAuthor = groupBy(questions, (question) => question.data.lawyer);
  const positionInCategory = new Map<string, number>();
  for (const list of byCategory.values()) list.forEach((question, index) => positionInCategory.set(question.id, index));

  const relatedIds = computeRelated(
    questions.map((question) => ({
      id: question.id,
      category: question.data.category,
      tags: question.data.tags,
      related: question.data.related,
    })),
  );

  const citationsBySlug = new Map<string, Citation[]>();
  const citingByKey = new Map<string, QuestionEntry[]>();
  const pages = new Map<string, ArticlePage>();
  const addPage = (page: ArticlePage) => pages.set(citationKey(page), page);
  for (const question of questions) {
    const citations = questionCitations(question, library);
    citationsBySlug.set(question.id, citations);
    for (const citation of citations) {
      const key = citationKey(citation);
      const citing = citingByKey.get(key) ?? [];
      // A question's citations come one after another: checking the last entry is enough.
      if (citing.at(-1) !== question) citing.push(question);
      citingByKey.set(key, citing);
      addPage(citation);
      // Readers follow a superseded citation to today's article and back, so both need a page.
      const successor = library.successor(citation.lawId, citation.version, citation.article.id);
      if (successor?.article) addPage({ ...citation, version: successor.version, article: successor.article });
      for (const older of library.predecessors(citation.lawId, citation.version, citation.article.id)) {
        addPage({ ...citation, ...older });
      }
    }
  }
  const pageIds = new Map<string, Set<string>>();
  for (const page of pages.values()) {
    const key = `${page.lawId}@${page.version.effectiveFrom}`;
    pageIds.set(key, (pageIds.get(key) ?? new Set()).add(page.article.id));
  }

  const must = <T>(map: Map<string, T>, id: string, what: string): T => {
    const value = map.get(id);
    if (value === undefined) throw new Error(`unknown ${what} “${id}”: content was not validated`);
    return value;
  };

  return {
    questions,
    question: (slug) => bySlug.get(slug),
    categories,
    category: (id) => must(categoryById, id, 'category'),
    questionsInCategory: (id) => byCategory.get(id) ?? [],
    authors: [...content.authors].sort((a, b) => a.id.localeCompare(b.id)),
    author: (id) => must(authorById, id, 'author'),
    questionsBy: (authorId) => byAuthor.get(authorId) ?? [],
    laws: [...content.laws].sort((a, b) => a.id.localeCompare(b.id)),
    law: (id) => must(lawById, id, 'law'),
    library,
    related: (slug) => (relatedIds.get(slug) ?? []).flatMap((id) => bySlug.get(id) ?? []),
    citations: (slug) => citationsBySlug.get(slug) ?? [],
    articlePages: [...pages.values()],
    articlePageIds: (lawId, version) => pageIds.get(`${lawId}@${version.effectiveFrom}`) ?? new Set(),
    citing: (page) => citingByKey.get(citationKey(page)) ?? [],
    latest: (count) => questions.slice(0, count),
    sameCategory: (slug, count) => {
      const question = bySlug.get(slug);
      if (!question) return [];
      const list = byCategory.get(question.data.category) ?? [];
      const at = positionInCategory.get(slug)!;
      const skipped = new Set([slug, ...(relatedIds.get(slug) ?? [])]);
      const chosen: number[] = [];
      for (let distance = 1; chosen.length < count && (at - distance >= 0 || at + distance < list.length); distance++) {
        for (const index of [at - distance, at + distance]) {
          const candidate = list[index];
          if (candidate && !skipped.has(candidate.id) && chosen.length < count) chosen.push(index);
        }
      }
      return chosen.sort((a, b) => a - b).map((index) => list[index]!);
    },
    lastChanged: (question) => {
      const dates = [question.data.published, question.data.updated, options.lastChanged?.(question.file)];
      return dates.reduce<IsoDate>((latest, date) => (date && date > latest ? date : latest), question.data.published);
    },
  };
}

/** The answer's own citations in text order, then the frontmatter's, each article once per 款/项. */
export function questionCitations(question: QuestionEntry, library: LawLibrary): Citation[] {
  const date = answerDate(question.data);
  const fromText = citationsInMarkdown(question.body, library, date).flatMap((found) =>
    found.resolution?.ok ? [found.resolution.citation] : [],
  );
  const fromFrontmatter = question.data.statutes.flatMap((statute) => {
    const resolution = resolveCitation(
      library,
      statute.law,
      { ...statute.article, paragraph: statute.paragraph, item: statute.item },
      date,
    );
    return resolution.ok ? [resolution.citation] : [];
  });
  // One entry per article; a 款/项 given anywhere narrows it.
  const byArticle = new Map<string, Citation>();
  for (const citation of [...fromText, ...fromFrontmatter]) {
    const key = citationKey(citation);
    const seen = byArticle.get(key);
    if (!seen) byArticle.set(key, citation);
    else if (seen.paragraph === undefined && seen.item === undefined) {
      byArticle.set(key, { ...seen, paragraph: citation.paragraph, item: citation.item });
    }
  }
  return [...byArticle.values()];
}

function newestFirst(a: QuestionEntry, b: QuestionEntry): number {
  return answerDate(b.data).localeCompare(answerDate(a.data)) || a.id.localeCompare(b.id);
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

import type { AuthorData } from '../schemas/author.ts';
import type { CategoryData } from '../schemas/category.ts';
import type { Law, LawArticle, LawVersion } from '../schemas/law.ts';
import type { ContentSet, Entry, QuestionEntry } from './content.ts';
import { answerDate } from './dates.ts';
import { articleId } from './law-text.ts';
import { findArticle, versionInForce } from './laws.ts';
import { computeRelated } from './related.ts';

/** A statute article a question cites, resolved to the law version in force on the answer's date. */
export interface Citation {
  lawId: string;
  law: Law;
  version: LawVersion;
  article: LawArticle;
  paragraph?: number | undefined;
  item?: number | undefined;
}

/** Every question citing one article of one law version. */
export interface CitedArticle {
  lawId: string;
  law: Law;
  version: LawVersion;
  article: LawArticle;
  questions: QuestionEntry[];
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
  related(slug: string): QuestionEntry[];
  citations(slug: string): Citation[];
  citedArticles: CitedArticle[];
  citing(lawId: string, version: LawVersion, articleId: string): QuestionEntry[];
  /** Ids of the articles of one law version that some question cites (they get their own page). */
  citedIds(lawId: string, version: LawVersion): ReadonlySet<string>;
  latest(count: number, except?: string): QuestionEntry[];
}

export interface CatalogOptions {
  /** Drafts are previewed with `npm run dev` but never published. */
  includeDrafts: boolean;
}

/**
 * All cross-page data, computed once per build from content that passed validation: lists per
 * category and author, related questions, resolved citations and the reverse index of who cites
 * which article. Pages only look things up here.
 */
export function buildCatalog(content: ContentSet, options: CatalogOptions): Catalog {
  const questions = content.questions
    .filter((question) => options.includeDrafts || !question.data.draft)
    .sort(newestFirst);
  const bySlug = new Map(questions.map((question) => [question.id, question]));
  const categories = [...content.categories].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
  const categoryById = new Map(categories.map((category) => [category.id, category]));
  const authorById = new Map(content.authors.map((author) => [author.id, author]));
  const lawById = new Map(content.laws.map((law) => [law.id, law]));

  const byCategory = groupBy(questions, (question) => question.data.category);
  const byAuthor = groupBy(questions, (question) => question.data.lawyer);

  const relatedIds = computeRelated(
    questions.map((question) => ({
      id: question.id,
      category: question.data.category,
      tags: question.data.tags,
      related: question.data.related,
    })),
  );

  const citationsBySlug = new Map<string, Citation[]>();
  const cited = new Map<string, CitedArticle>();
  for (const question of questions) {
    const citations = resolveCitations(question, lawById);
    citationsBySlug.set(question.id, citations);
    for (const citation of citations) {
      const key = citedKey(citation.lawId, citation.version, citation.article.id);
      const entry = cited.get(key);
      if (entry) {
        if (!entry.questions.includes(question)) entry.questions.push(question);
      } else cited.set(key, { ...citation, questions: [question] });
    }
  }

  const citedIdsByVersion = new Map<string, Set<string>>();
  for (const entry of cited.values()) {
    const key = citedKey(entry.lawId, entry.version, '');
    const ids = citedIdsByVersion.get(key);
    if (ids) ids.add(entry.article.id);
    else citedIdsByVersion.set(key, new Set([entry.article.id]));
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
    related: (slug) => (relatedIds.get(slug) ?? []).flatMap((id) => bySlug.get(id) ?? []),
    citations: (slug) => citationsBySlug.get(slug) ?? [],
    citedArticles: [...cited.values()],
    citing: (lawId, version, id) => cited.get(citedKey(lawId, version, id))?.questions ?? [],
    citedIds: (lawId, version) => citedIdsByVersion.get(citedKey(lawId, version, '')) ?? new Set(),
    latest: (count, except) => questions.filter((question) => question.id !== except).slice(0, count),
  };
}

function resolveCitations(question: QuestionEntry, laws: Map<string, Entry<Law>>): Citation[] {
  const date = answerDate(question.data);
  const seen = new Set<string>();
  const citations: Citation[] = [];
  for (const statute of question.data.statutes) {
    const law = laws.get(statute.law)?.data;
    const version = law && versionInForce(law, date);
    const article = version && findArticle(version, articleId(statute.article.number, statute.article.sub));
    if (!law || !version || !article) continue;
    const key = `${statute.law}#${article.id}#${statute.paragraph ?? ''}#${statute.item ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    citations.push({ lawId: statute.law, law, version, article, paragraph: statute.paragraph, item: statute.item });
  }
  return citations;
}

function citedKey(lawId: string, version: LawVersion, id: string): string {
  return `${lawId}@${version.effectiveFrom}#${id}`;
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

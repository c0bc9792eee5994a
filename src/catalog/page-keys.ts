import { createHash } from 'node:crypto';
import type { ArticlePage, Catalog } from './catalog.ts';
import type { LawVersion } from '../schemas/law.ts';
import type { QuestionEntry } from '../knowledge/model.ts';
import { editUrl } from '../shared/urls.ts';

/** What a list of questions shows of each (components/QuestionList.astro). */
const listed = (question: QuestionEntry) => [
  question.id,
  question.data.title,
  question.data.question,
  question.data.published,
  question.data.updated ?? null,
];

const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 32);

/** How many of the latest questions a question page can list (10, leaving out itself). */
const LATEST_LISTED = 11;

/** What a paginated list page shows beside its questions (Astro's `Page`). */
export interface ListPage {
  currentPage: number;
  lastPage: number;
  total: number;
  data: readonly QuestionEntry[];
}

export interface PageKeys {
  /** A question page; `answer` is its rendered answer's key (src/answers/key.ts) or HTML. */
  question(slug: string, answer: string): string;
  /** One page of a category's list. */
  categoryPage(categoryId: string, page: ListPage): string;
  /** A lawyer's or the editorial team's page with every question they answered. */
  author(authorId: string): string;
  /** A law's full text in one version, linking the articles that have their own page. */
  law(lawId: string, version: LawVersion): string;
  /** One article in one version: its text, its other versions and the questions citing it. */
  article(page: Pick<ArticlePage, 'lawId' | 'version' | 'article'>): string;
}

/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild`): a page is rendered again
 * only when its key changes; Astro adds the code the page is built from. Each key covers what its
 * page shows and nothing more, so an edit re-renders exactly the pages showing what changed:
 * - a question page: its frontmatter and edit link, its rendered answer, its last change, the
 *   related questions it lists, and what every question page shares (categories, authors, laws and
 *   their correspondence, the latest questions), hashed once per build;
 * - list pages (a category's, an author's): the category or author and what each listed question shows;
 * - law and article pages: the law with its correspondence (hashed once per law), the version, and
 *   which articles have pages or which questions cite the article.
 */
export function pageKeys(catalog: Catalog, correspondence: unknown, editBase: string): PageKeys {
  const shared = hash(
    JSON.stringify([
      catalog.categories,
      catalog.authors,
      catalog.laws,
      correspondence,
      catalog.latest(LATEST_LISTED).map(listed),
    ]),
  );
  const lawKeys = new Map<string, string>();
  const lawKey = (lawId: string) => {
    let key = lawKeys.get(lawId);
    if (key === undefined) {
      key = hash(JSON.stringify([lawId, catalog.law(lawId).data, correspondence]));
      lawKeys.set(lawId, key);
    }
    return key;
  };
  return {
    question(slug, answer) {
      const question = catalog.question(slug);
      if (!question) throw new Error(`no question “${slug}”`);
      const own = [
        shared,
        // The edit link, not just the file: its base is a setting.
        editUrl(question.file, editBase),
        question.data,
        catalog.lastModified(question),
        catalog.related(slug).map(listed),
      ];
      return hash(`${JSON.stringify(own)}\0${answer}`);
    },
    categoryPage(categoryId, page) {
      const { currentPage, lastPage, total, data } = page;
      return hash(JSON.stringify([catalog.category(categoryId), currentPage, lastPage, total, data.map(listed)]));
    },
    author(authorId) {
      return hash(JSON.stringify([catalog.author(authorId), catalog.questionsBy(authorId).map(listed)]));
    },
    law(lawId, version) {
      const linked = [...catalog.articlePageIds(lawId, version)].sort();
      return hash(JSON.stringify([lawKey(lawId), version.effectiveFrom, linked]));
    },
    article(page) {
      const citing = catalog.citing(page).map(listed);
      return hash(JSON.stringify([lawKey(page.lawId), page.version.effectiveFrom, page.article.id, citing]));
    },
  };
}

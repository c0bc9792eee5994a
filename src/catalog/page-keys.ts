import { createHash } from 'node:crypto';
import type { ArticlePage, Catalog } from './catalog.ts';
import type { Citation } from '../citations/resolve.ts';
import { isCurrent } from '../laws/versions.ts';
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

/**
 * What a page shows of one citation (components/CitedStatutes.astro, the answer's citation links):
 * the law's names, the version and whether it is in force, the article with its text, where the
 * article lives now and what happened to its words. Nothing else of the law, so an edit elsewhere in it leaves the page alone.
 */
export const citationShown = (citation: Citation) => {
  const { lawId, law, version, article, paragraph, item, change } = citation;
  const successor = change?.successor;
  return [
    lawId,
    law.title,
    law.short,
    version.effectiveFrom,
    version.effectiveTo,
    isCurrent(law, version),
    article,
    paragraph ?? null,
    item ?? null,
    successor
      ? [successor.version.effectiveFrom, successor.article?.id ?? null, successor.article?.label ?? null]
      : null,
    // The change notice: its kind, the articles merged with it and the words changed.
    change ? [change.kind, change.mergedWith.map((other) => other.label), change.diff] : null,
  ];
};

const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 32);

/** How many questions of its category a question page lists. */
const SAME_CATEGORY = 10;

/** What a paginated list page shows beside its questions (Astro's `Page`). */
export interface ListPage {
  currentPage: number;
  lastPage: number;
  total: number;
  data: readonly QuestionEntry[];
}

export interface PageKeys {
  /** A question page; `answer` is its rendered answer's key (src/answers/key.ts). */
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
 * - a question page: its frontmatter and edit link, its rendered answer, its last change, its
 *   category and author, the citations it lists, the related questions and those of its category it lists;
 * - list pages (a category's, an author's): the category or author and what each listed question shows;
 * - a law page: the law's names and versions, the version's whole text, and which articles have pages;
 * - an article page: the law's names and versions, the article, the same provision in other versions
 *   (found through the correspondence), and the questions citing it.
 */
export function pageKeys(catalog: Catalog, editBase: string): PageKeys {
  // A law's names and its list of versions: every law and article page of the law shows them.
  const lawMetas = new Map<string, string>();
  const lawMeta = (lawId: string) => {
    let meta = lawMetas.get(lawId);
    if (meta === undefined) {
      const { title, short, versions } = catalog.law(lawId).data;
      const versionList = versions.map(({ effectiveFrom, effectiveTo, history }) => [
        effectiveFrom,
        effectiveTo,
        history,
      ]);
      meta = hash(JSON.stringify([lawId, title, short, versionList]));
      lawMetas.set(lawId, meta);
    }
    return meta;
  };
  return {
    question(slug, answer) {
      const question = catalog.question(slug);
      if (!question) throw new Error(`no question “${slug}”`);
      const own = [
        // The edit link, not just the file: its base is a setting.
        editUrl(question.file, editBase),
        question.data,
        catalog.category(question.data.category),
        catalog.author(question.data.lawyer),
        catalog.citations(slug).map(citationShown),
        catalog.related(slug).map(listed),
        catalog.sameCategory(slug, SAME_CATEGORY).map(listed),
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
      return hash(JSON.stringify([lawMeta(lawId), version, linked]));
    },
    article(page) {
      const { lawId, version, article } = page;
      const current = isCurrent(catalog.law(lawId).data, version);
      const successor = current ? undefined : catalog.library.successor(lawId, version, article.id);
      // The same provision in the law's other versions, as the page shows them.
      const counterparts = [
        ...(successor?.article ? [successor] : []),
        ...catalog.library.predecessors(lawId, version, article.id),
      ].map((other) => [other.version.effectiveFrom, other.article]);
      const notice = successor ? [successor.version.effectiveFrom, successor.article?.id ?? null] : null;
      const citing = catalog.citing(page).map(listed);
      return hash(JSON.stringify([lawMeta(lawId), version.effectiveFrom, article, notice, counterparts, citing]));
    },
  };
}

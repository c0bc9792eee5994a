import { createHash } from 'node:crypto';
import type { Catalog } from './catalog.ts';
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

/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild`): a question page is rendered
 * again only when its key changes; Astro adds the code the page is built from. The key covers all
 * the page shows: the question's frontmatter and edit link, its rendered answer, its last change, the
 * related questions it lists, and what every question page shares (categories, authors, laws and
 * their correspondence, the latest questions). The shared part is hashed once per build.
 */
export function questionPageKeys(
  catalog: Catalog,
  correspondence: unknown,
  editBase: string,
): (slug: string, answerHtml: string) => string {
  const shared = hash(
    JSON.stringify([
      catalog.categories,
      catalog.authors,
      catalog.laws,
      correspondence,
      catalog.latest(LATEST_LISTED).map(listed),
    ]),
  );
  return (slug, answerHtml) => {
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
    return hash(`${JSON.stringify(own)}\0${answerHtml}`);
  };
}

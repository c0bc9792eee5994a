import { createHash } from 'node:crypto';
import type { Catalog } from '../catalog/catalog.ts';
import { citationShown } from '../catalog/page-keys.ts';
import type { QuestionEntry } from '../knowledge/model.ts';
import { answerDate } from '../shared/dates.ts';

// A rendered answer depends on its Markdown; on the date it speaks for (citations link the law
// version in force then); on the laws it cites (their versions, articles and where each article
// lives now); on every law's names, by which citations are found in the text; on the site's origin
// (links leaving it are marked); and on the code. A law the answer does not cite is not in its key,
// so editing one law re-renders only the answers citing it.

const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 32);

export interface AnswerKeyInputs {
  /** Digest of the cache-keyed code and the lockfile (src/code-version.ts). */
  codeVersion: string;
  site: string;
}

/** The key of each answer's rendered HTML: equal keys always render to the same bytes. */
export function answerKeys(
  catalog: Catalog,
  { codeVersion, site }: AnswerKeyInputs,
): (question: QuestionEntry) => string {
  const names = catalog.laws.map(({ id, data }) => [id, data.title, data.short, data.aliases]);
  const shared = hash(JSON.stringify([codeVersion, site, names]));
  // A build asks for each key three times (rendering ahead, the page's cache key, the page itself).
  const keys = new WeakMap<QuestionEntry, string>();
  return (question) => {
    let key = keys.get(question);
    if (key === undefined) {
      const cited = JSON.stringify(catalog.citations(question.id).map(citationShown));
      key = hash(`${shared}\0${answerDate(question.data)}\0${cited}\0${question.body}`);
      keys.set(question, key);
    }
    return key;
  };
}

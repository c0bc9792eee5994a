import { createHash } from 'node:crypto';
import type { Entry, QuestionEntry } from '../knowledge/model.ts';
import type { Law } from '../schemas/law.ts';
import { answerDate } from '../shared/dates.ts';

// A rendered answer depends on its Markdown, on the date it speaks for (citations link the law
// version in force then), on the law library (articles, versions, correspondence), on the site's
// origin (links leaving it are marked) and on the code of the pipeline. The first two belong to
// the answer; the rest is the same for every answer of a build and is hashed once.

const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 32);

export interface PipelineInputs {
  /** Digest of the cache-keyed code (src/code-version.ts). */
  codeVersion: string;
  site: string;
  laws: readonly Pick<Entry<Law>, 'id' | 'data'>[];
  /** Editors' corrections to the article correspondence. */
  overrides: unknown;
}

/** One digest of everything but the answer itself that shapes a rendered answer. */
export function pipelineVersion({ codeVersion, site, laws, overrides }: PipelineInputs): string {
  const library = laws.map(({ id, data }) => [id, data]);
  return hash(JSON.stringify([codeVersion, site, library, overrides]));
}

/** The key of one answer's rendered HTML: equal keys always render to the same bytes. */
export function answerKey(pipeline: string, question: Pick<QuestionEntry, 'body' | 'data'>): string {
  return hash(`${pipeline}\0${answerDate(question.data)}\0${question.body}`);
}

import type { ContentSet, QuestionEntry } from '../knowledge/model.ts';
import { answerDate } from '../shared/dates.ts';
import { checkAnswerCitations } from './citations.ts';
import { checkAnswerHtml } from './answer-html.ts';
import { resolveCitation } from '../citations/resolve.ts';
import type { LawLibrary } from '../laws/library.ts';
import type { Problem } from '../knowledge/problems.ts';

/**
 * Cross-file rules that a single file's schema cannot see: references to other files, duplicate
 * slugs and cited articles that the cited law's version does not have. One pass over the content,
 * using maps built once, so it stays linear in the number of questions.
 */
export function validateContent(
  content: ContentSet,
  library: LawLibrary,
  /** Question files that exist but failed their schema: still taken slugs, still link targets. */
  unparsed: readonly { id: string; file: string }[] = [],
  /** Each answer's own problems from an earlier check, kept while the answer and the library are the same. */
  answerChecks?: AnswerChecks,
): Problem[] {
  const problems: Problem[] = [];
  const error = (file: string, field: string, message: string) =>
    problems.push({ severity: 'error', file, field, message });

  const categories = new Set(content.categories.map((category) => category.id));
  const authors = new Set(content.authors.map((author) => author.id));

  const filesBySlug = new Map<string, string[]>();
  for (const question of [...content.questions, ...unparsed]) {
    filesBySlug.set(question.id, [...(filesBySlug.get(question.id) ?? []), question.file]);
  }
  for (const [slug, files] of filesBySlug) {
    if (files.length < 2) continue;
    for (const file of files) {
      const others = files.filter((other) => other !== file).join('、');
      error(file, 'slug', `文件名“${slug}”与 ${others} 重复：文件名就是网址，请给其中一个改名`);
    }
  }

  const aliasOwners = new Map<string, string>();
  for (const question of content.questions) {
    question.data.aliases.forEach((alias, index) => {
      const field = `aliases[${index}]`;
      if (filesBySlug.has(alias)) {
        error(
          question.file,
          field,
          `旧网址“${alias}”仍是 ${filesBySlug.get(alias)!.join('、')} 的网址：重定向会遮住它，请删去这个 alias`,
        );
      } else if (aliasOwners.has(alias)) {
        error(question.file, field, `旧网址“${alias}”已由 ${aliasOwners.get(alias)} 使用：一个旧网址只能指向一个问题`);
      } else aliasOwners.set(alias, question.file);
    });
  }

  for (const question of content.questions) {
    const { file, data } = question;
    if (!categories.has(data.category)) {
      error(
        file,
        'category',
        `找不到分类“${data.category}”：应为 ${dirHint(content.categories, 'categories', '.yaml')} 之一`,
      );
    }
    if (!authors.has(data.lawyer)) {
      error(file, 'lawyer', `找不到作者“${data.lawyer}”：应为 ${dirHint(content.authors, 'lawyers', '.yaml')} 之一`);
    }
    data.related.forEach((slug, index) => {
      if (slug === question.id) error(file, `related[${index}]`, '相关问题不能指向本问题自己');
      else if (!filesBySlug.has(slug)) {
        error(file, `related[${index}]`, `找不到相关问题“${slug}”：content/questions/ 下没有 ${slug}.md`);
      }
    });
    checkStatutes(question, library, content, error);
    problems.push(...answerProblems(question, library, answerChecks));
  }
  return problems;
}

/** Problems of one answer's text alone, by entry, with the library they were found against. */
export type AnswerChecks = WeakMap<QuestionEntry, { library: LawLibrary; problems: Problem[] }>;

function answerProblems(question: QuestionEntry, library: LawLibrary, checks: AnswerChecks | undefined): Problem[] {
  const kept = checks?.get(question);
  if (kept?.library === library) return kept.problems;
  const problems = answerTextProblems(question, library);
  checks?.set(question, { library, problems });
  return problems;
}

/** The problems of one answer's text alone: its citations and its HTML. */
export function answerTextProblems(question: QuestionEntry, library: LawLibrary): Problem[] {
  return [
    ...checkAnswerCitations(question, library),
    ...checkAnswerHtml(question.file, question.body, question.bodyLine),
  ];
}

function checkStatutes(
  question: QuestionEntry,
  library: LawLibrary,
  content: ContentSet,
  error: (file: string, field: string, message: string) => void,
) {
  const date = answerDate(question.data);
  question.data.statutes.forEach((statute, index) => {
    const field = `statutes[${index}]`;
    if (!library.laws.has(statute.law)) {
      error(
        question.file,
        `${field}.law`,
        `找不到法律“${statute.law}”：应为 ${dirHint(content.laws, 'laws', '.json')} 之一（新法律请先加入 ../shared/laws 并运行 npm run import:laws）`,
      );
      return;
    }
    const resolution = resolveCitation(
      library,
      statute.law,
      { ...statute.article, paragraph: statute.paragraph, item: statute.item },
      date,
    );
    if (!resolution.ok) error(question.file, `${field}.${resolution.part}`, resolution.message);
  });
}

function dirHint(entries: readonly { id: string }[], dir: string, ext: string): string {
  const ids = entries.map((entry) => entry.id).sort();
  const shown = ids.slice(0, 12).join('、');
  const more = ids.length > 12 ? ` 等 ${ids.length} 个` : '';
  return ids.length ? `content/${dir}/ 中的 ${shown}${more}` : `content/${dir}/ 中的文件名（目前为空，缺少 *${ext}）`;
}

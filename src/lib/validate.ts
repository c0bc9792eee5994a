import type { Law } from '../schemas/law.ts';
import type { ContentSet, QuestionEntry } from './content.ts';
import { answerDate } from './dates.ts';
import { articleId, articleLabel } from './law-text.ts';
import { articleRange, findArticle, paragraphOfItem, versionInForce } from './laws.ts';
import type { Problem } from './problems.ts';

/**
 * Cross-file rules that a single file's schema cannot see: references to other files, duplicate
 * slugs and cited articles that the cited law's version does not have. One pass over the content,
 * using maps built once, so it stays linear in the number of questions.
 */
export function validateContent(
  content: ContentSet,
  /** Question files that exist but failed their schema: still taken slugs, still link targets. */
  unparsed: readonly { id: string; file: string }[] = [],
): Problem[] {
  const problems: Problem[] = [];
  const error = (file: string, field: string, message: string) =>
    problems.push({ severity: 'error', file, field, message });

  const categories = new Set(content.categories.map((category) => category.id));
  const authors = new Set(content.authors.map((author) => author.id));
  const laws = new Map(content.laws.map((law) => [law.id, law.data]));

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
    checkStatutes(question, laws, content, error);
  }
  return problems;
}

function checkStatutes(
  question: QuestionEntry,
  laws: Map<string, Law>,
  content: ContentSet,
  error: (file: string, field: string, message: string) => void,
) {
  const date = answerDate(question.data);
  question.data.statutes.forEach((statute, index) => {
    const field = `statutes[${index}]`;
    const law = laws.get(statute.law);
    if (!law) {
      error(
        question.file,
        `${field}.law`,
        `找不到法律“${statute.law}”：应为 ${dirHint(content.laws, 'laws', '.json')} 之一（新法律请先加入 ../shared/laws 并运行 npm run import:laws）`,
      );
      return;
    }
    const version = versionInForce(law, date);
    if (!version) {
      const first = law.versions[0]?.effectiveFrom ?? '—';
      error(question.file, `${field}.law`, `《${law.short}》在解答日期 ${date} 尚未施行（最早版本 ${first} 起施行）`);
      return;
    }
    const label = articleLabel(statute.article.number, statute.article.sub);
    const article = findArticle(version, articleId(statute.article.number, statute.article.sub));
    if (!article) {
      error(
        question.file,
        `${field}.article`,
        `《${law.short}》${version.effectiveFrom} 起施行的版本（解答日期 ${date} 时有效）没有${label}：该版本为${articleRange(version)}`,
      );
      return;
    }
    if (statute.paragraph !== undefined && !article.paragraphs[statute.paragraph - 1]) {
      error(
        question.file,
        `${field}.paragraph`,
        `《${law.short}》${label}只有 ${article.paragraphs.length} 款，没有第 ${statute.paragraph} 款`,
      );
      return;
    }
    if (statute.item === undefined) return;
    const paragraph = paragraphOfItem(article, statute.paragraph);
    if (paragraph === undefined) {
      error(question.file, `${field}.item`, `《${law.short}》${label}有多款列有项，请用 paragraph 写明是第几款的项`);
      return;
    }
    const items = article.paragraphs[paragraph - 1]?.items ?? [];
    if (!items[statute.item - 1]) {
      const where = statute.paragraph === undefined ? label : `${label}第 ${paragraph} 款`;
      error(
        question.file,
        `${field}.item`,
        `《${law.short}》${where}只有 ${items.length} 项，没有第 ${statute.item} 项`,
      );
    }
  });
}

function dirHint(entries: readonly { id: string }[], dir: string, ext: string): string {
  const ids = entries.map((entry) => entry.id).sort();
  const shown = ids.slice(0, 12).join('、');
  const more = ids.length > 12 ? ` 等 ${ids.length} 个` : '';
  return ids.length ? `content/${dir}/ 中的 ${shown}${more}` : `content/${dir}/ 中的文件名（目前为空，缺少 *${ext}）`;
}

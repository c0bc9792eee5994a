import { citationsInMarkdown } from '../citations/find.ts';
import { citationKey, resolveCitation, type Citation } from '../citations/resolve.ts';
import type { QuestionEntry } from '../knowledge/model.ts';
import { answerDate } from '../shared/dates.ts';
import type { LawLibrary } from '../laws/library.ts';
import { articleLabel } from '../laws/article-ref.ts';
import { CHANGE_NAMES } from '../laws/article-change.ts';
import { toChineseNumber } from '../laws/numerals.ts';
import type { Problem } from '../knowledge/problems.ts';

const TEXT = '正文';

/**
 * What the answer text's citations tell an editor: articles that do not exist (errors, with line
 * and column), laws outside the library, disagreement between the text and `statutes`, and
 * reliance on a version that has since been superseded (warnings, for review).
 */
export function checkAnswerCitations(question: QuestionEntry, library: LawLibrary): Problem[] {
  const problems: Problem[] = [];
  const { file } = question;
  const date = answerDate(question.data);
  const bodyLine = question.bodyLine ?? 1;
  const at = (line: number, column: number) => ({ file, field: TEXT, line: line + bodyLine - 1, column });

  const inText = new Set<string>();
  const resolved: Citation[] = [];
  const found = citationsInMarkdown(question.body, library, date);
  for (const { match, line, column, resolution } of found) {
    if (!resolution) {
      if (match.law.known) continue;
      const label = articleLabel(match.number, match.sub);
      problems.push({
        severity: 'warning',
        ...at(line, column),
        message: `《${match.law.name}》不在法规库中，${label}没有加链接：如需链接和版本提示，请把该法加入 ../shared/laws 并运行 npm run import:laws`,
      });
      continue;
    }
    if (!resolution.ok) {
      problems.push({ severity: 'error', ...at(line, column), message: resolution.message });
      continue;
    }
    resolved.push(resolution.citation);
    inText.add(citationKey(resolution.citation));
    for (const key of rangeKeys(match, resolution.citation)) inText.add(key);
  }

  const inFrontmatter = new Set<string>();
  question.data.statutes.forEach((statute, index) => {
    const resolution = resolveCitation(library, statute.law, { ...statute.article }, date);
    if (!resolution.ok) return;
    const key = citationKey(resolution.citation);
    inFrontmatter.add(key);
    if (!inText.has(key)) {
      problems.push({
        severity: 'warning',
        file,
        field: `statutes[${index}]`,
        message: `正文没有引用《${resolution.citation.law.short}》${resolution.citation.article.label}：请在解答中引用它，或从 statutes 中删去`,
      });
    }
    resolved.push(resolution.citation);
  });
  for (const { line, column, resolution } of found) {
    if (!resolution?.ok || inFrontmatter.has(citationKey(resolution.citation))) continue;
    const { citation } = resolution;
    problems.push({
      severity: 'warning',
      ...at(line, column),
      message: `引用了《${citation.law.short}》${citation.article.label}，但 statutes 中没有：请添加 { law: ${citation.lawId}, article: ${articleRefText(citation.article)} }`,
    });
  }

  const stale = staleNotice(resolved);
  if (stale) problems.push({ severity: 'warning', file, field: 'statutes', message: stale });
  return dedupe(problems);
}

/** The articles strictly inside 第十条至第十二条, which the range cites without naming. */
function rangeKeys(match: { number: number; rangeFrom?: { number: number } }, citation: Citation): string[] {
  if (!match.rangeFrom) return [];
  return citation.version.articles
    .filter((article) => article.number > match.rangeFrom!.number && article.number < match.number)
    .map((article) => citationKey({ ...citation, article }));
}

function staleNotice(citations: Citation[]): string | undefined {
  const superseded = new Map<string, Citation[]>();
  for (const citation of citations) {
    if (!citation.change) continue;
    const key = `${citation.lawId}@${citation.version.effectiveFrom}`;
    const list = superseded.get(key) ?? [];
    if (!list.some((other) => other.article.id === citation.article.id)) list.push(citation);
    superseded.set(key, list);
  }
  if (superseded.size === 0) return undefined;
  const parts = [...superseded.values()].map((list) => {
    const { law, version, change } = list[0]!;
    const moves = list.map((c) => `${c.article.label} → ${changeLabel(c)}`).join('、');
    return `《${law.short}》${version.effectiveFrom} 版已被 ${change!.successor.version.effectiveFrom} 起施行的版本取代（${moves}）`;
  });
  return `解答依据的法律版本已修订：${parts.join('；')}。请复核解答，修改后更新 updated 日期`;
}

/** 第十条（内容未变）, 第一百六十五条（内容有修改）, 无对应条文（已删除）: where the article went, and what became of its words. */
function changeLabel({ change }: Citation): string {
  if (!change) return '';
  const to = change.successor.article?.label ?? '无对应条文';
  const merged = change.kind === 'merged' ? `，与${change.mergedWith.map((other) => other.label).join('、')}合并` : '';
  return `${to}（${CHANGE_NAMES[change.kind]}${merged}）`;
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.line}:${problem.column}:${problem.field}:${problem.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** How an editor writes the article in `statutes`: 577, or "17之一" quoted for YAML. */
function articleRefText(article: { number: number; sub: number }): string {
  return article.sub === 0 ? String(article.number) : `"${article.number}之${toChineseNumber(article.sub)}"`;
}

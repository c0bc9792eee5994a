import type { Problem } from '../knowledge/problems.ts';

// Raw HTML an answer can never need. The build strips it anyway (src/plugins/sanitize-schema.ts);
// the check refuses it so that the editor learns their embed or script will not appear.
const DANGEROUS_TAG = /^<\s*(script|iframe|object|embed|form|style|link|meta|base)\b/i;
const HANDLER = /\son[a-z]+\s*=/i;
const SCRIPT_URL = /(?:href|src)\s*=\s*["']?\s*(?:javascript|vbscript|data):/i;

/** Raw HTML in an answer: dangerous pieces are errors, anything else a warning that it is cleaned. */
export function checkAnswerHtml(file: string, body: string, bodyLine = 1): Problem[] {
  const code = /^(```|~~~)[^\n]*\n[\s\S]*?(?:\n\1[^\n]*|$)|(`+)[^`]*?\2/gm;
  const text = body.replace(code, (span) => span.replace(/[^\n]/g, ' '));
  const problems: Problem[] = [];
  for (const match of text.matchAll(/<\/?[a-zA-Z][^>]*>/g)) {
    const before = text.slice(0, match.index);
    const line = bodyLine + (before.match(/\n/g)?.length ?? 0);
    const column = match.index - before.lastIndexOf('\n');
    const tag = match[0];
    const where = { file, field: '正文', line, column };
    if (DANGEROUS_TAG.test(tag) || HANDLER.test(tag) || SCRIPT_URL.test(tag)) {
      problems.push({
        severity: 'error',
        ...where,
        message: `解答中不能有脚本、内嵌框架或事件属性（${tag.slice(0, 40)}）：请删去，解答只用 Markdown 书写`,
      });
    } else if (!tag.startsWith('</')) {
      problems.push({
        severity: 'warning',
        ...where,
        message: `解答中的 HTML 标签 ${tag.slice(0, 40)} 发布时会按安全规则清理：请尽量改用 Markdown`,
      });
    }
  }
  return problems;
}

import type { QuestionEntry } from '../knowledge/model.ts';
import { questionUrl } from '../shared/urls.ts';

/** Old URL → new URL for every renamed question (`aliases` in its frontmatter). */
export function questionRedirects(questions: readonly QuestionEntry[]): Record<string, string> {
  const redirects: Record<string, string> = {};
  for (const question of [...questions].sort((a, b) => a.id.localeCompare(b.id))) {
    for (const alias of question.data.aliases) redirects[questionUrl(alias)] = questionUrl(question.id);
  }
  return redirects;
}

/** The `_redirects` file Netlify and Cloudflare Pages read: permanent redirects, one a line. */
export function redirectsFile(redirects: Record<string, string>): string {
  return Object.entries(redirects)
    .map(([from, to]) => `${from} ${to} 301\n`)
    .join('');
}

import { loadContentFiles, locate } from './content-files.ts';
import { lawLibrary } from './law-library.ts';
import type { Problem } from './problems.ts';
import { validateContent } from './validate.ts';

export interface CheckResult {
  problems: Problem[];
  counts: { questions: number; authors: number; categories: number; laws: number };
}

/**
 * Everything `npm run check` and the build verify before a page is rendered: each file against
 * its schema, then the rules across files. Problems come sorted by file and line.
 */
export function checkContent(contentDir: string, root = process.cwd()): CheckResult {
  const { content, problems, unparsed, overrides, sources } = loadContentFiles(contentDir, root);
  const library = lawLibrary(content.laws, overrides);
  const all = locate([...problems, ...validateContent(content, library, unparsed)], sources).sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0),
  );
  return {
    problems: all,
    counts: {
      questions: content.questions.length,
      authors: content.authors.length,
      categories: content.categories.length,
      laws: content.laws.length,
    },
  };
}

import { loadContentFiles, locate, type LoadedContent } from '../knowledge/files.ts';
import { lawLibrary, type LawLibrary } from '../laws/library.ts';
import type { Problem } from '../knowledge/problems.ts';
import { validateContent } from './cross-file.ts';

export interface CheckResult {
  problems: Problem[];
  counts: { questions: number; authors: number; categories: number; laws: number };
  loaded: LoadedContent;
  library: LawLibrary;
}

/**
 * Everything `npm run check` and the build verify before a page is rendered: each file against
 * its schema, then the rules across files. Problems come sorted by file and line.
 */
export function checkContent(contentDir: string, root = process.cwd()): CheckResult {
  const loaded = loadContentFiles(contentDir, root);
  const { content, problems, unparsed, overrides, sources } = loaded;
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
    loaded,
    library,
  };
}

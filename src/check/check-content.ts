import { loadContentFiles, locate, type LoadedContent, type ParseMemo } from '../knowledge/files.ts';
import { lawLibrary, type LawLibrary } from '../laws/library.ts';
import type { Problem } from '../knowledge/problems.ts';
import { validateContent, type AnswerChecks } from './cross-file.ts';

export interface CheckResult {
  problems: Problem[];
  counts: { questions: number; authors: number; categories: number; laws: number };
  loaded: LoadedContent;
  library: LawLibrary;
}

/**
 * What a caller that checks the same folder again and again (`npm run dev`, after each edit) keeps
 * between checks: each file as read, the law library while no law file changed, and each answer's
 * own problems while neither it nor the library changed.
 */
export interface CheckMemo {
  files: ParseMemo;
  library?: { laws: readonly unknown[]; overrides: string; library: LawLibrary };
  answers: AnswerChecks;
}

export function checkMemo(): CheckMemo {
  return { files: new Map(), answers: new WeakMap() };
}

/**
 * Everything `npm run check` and the build verify before a page is rendered: each file against
 * its schema, then the rules across files. Problems come sorted by file and line.
 */
export function checkContent(contentDir: string, root = process.cwd(), memo?: CheckMemo): CheckResult {
  const loaded = loadContentFiles(contentDir, root, memo?.files);
  const { laws } = loaded.content;
  const library = memo ? rememberedLibrary(memo, laws, loaded.overrides) : lawLibrary(laws, loaded.overrides);
  return checkLoaded(loaded, library, memo?.answers);
}

/**
 * The rules across files over content already loaded, with the law library built from it, then
 * every problem sorted by file and line. `answers` holds answers' own problems found beforehand.
 */
export function checkLoaded(loaded: LoadedContent, library: LawLibrary, answers?: AnswerChecks): CheckResult {
  const { content, problems, unparsed, sources } = loaded;
  const all = locate([...problems, ...validateContent(content, library, unparsed, answers)], sources).sort(
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

function rememberedLibrary(
  memo: CheckMemo,
  laws: LoadedContent['content']['laws'],
  overrides: LoadedContent['overrides'],
) {
  const kept = memo.library;
  const overridesText = JSON.stringify(overrides);
  // Unchanged law files keep their entry objects (see ParseMemo), so identity tells what changed.
  if (
    kept &&
    kept.overrides === overridesText &&
    kept.laws.length === laws.length &&
    kept.laws.every((law, index) => law === laws[index])
  ) {
    return kept.library;
  }
  const library = lawLibrary(laws, overrides);
  memo.library = { laws, overrides: overridesText, library };
  return library;
}

import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { CORE_SCHEMA, load as loadYaml, YAMLException } from 'js-yaml';
import type { z } from 'zod';
import { authorSchema } from '../schemas/author.ts';
import { correspondenceSchema } from '../schemas/correspondence.ts';
import { synonymsSchema, type Synonyms } from '../schemas/synonyms.ts';
import { categorySchema } from '../schemas/category.ts';
import { lawSchema } from '../schemas/law.ts';
import { questionSchema } from '../schemas/question.ts';
import { slugOf, type ContentSet, type Entry, type QuestionEntry } from './model.ts';
import { fieldLine, formatFieldPath, parseFieldPath } from './field-lines.ts';
import { lawLibrary, type CorrespondenceOverrides, type LawLibrary } from '../laws/library.ts';
import type { Law } from '../schemas/law.ts';
import type { Problem } from './problems.ts';
import { listFiles } from '../shared/list-files.ts';

// Reads the content folder straight from disk for the scripts (`check`, `new`) and the build's
// pre-flight check, with the same zod schemas Astro uses. YAML is parsed with the core schema so a
// date stays the text the editor wrote: js-yaml would otherwise turn 2026-13-01 into a real date.

export interface LoadedContent {
  content: ContentSet;
  problems: Problem[];
  /** Question files that failed to parse or match their schema. */
  unparsed: { id: string; file: string }[];
  /** Editors' corrections to the article correspondence between law versions. */
  overrides: CorrespondenceOverrides;
  /** Editors' synonym groups for search. */
  synonyms: Synonyms;
  /** Frontmatter text per file, for pointing later problems at a line. */
  sources: Map<string, { yaml: string; lineOffset: number }>;
}

/** What one file reads to: its entry, or the problems that kept it from being one. */
export type FileResult<T> =
  | { entry: Entry<T> & { body: string; bodyLine: number }; source: { yaml: string; lineOffset: number } }
  | { problems: Problem[]; id: string; file: string };

/**
 * What each file read to, by path, kept by a caller that loads the same folder again and again
 * (`npm run dev`): a file whose size and modification time are unchanged is not read again, and its
 * entry stays the same object, so per-entry work downstream can be kept too.
 */
export type ParseMemo = Map<string, { mtimeMs: number; size: number; result: FileResult<unknown> }>;

/**
 * Reads and validates every content file. `questions`, when given, are the question files already
 * read (by `checkContentInParallel`), in the order `listQuestionFiles` gives.
 */
export function loadContentFiles(
  contentDir: string,
  root = process.cwd(),
  memo?: ParseMemo,
  questions?: readonly FileResult<QuestionEntry['data']>[],
): LoadedContent {
  const problems: Problem[] = [];
  const unparsed: LoadedContent['unparsed'] = [];
  const sources: LoadedContent['sources'] = new Map();

  const collect = <T>(results: Iterable<FileResult<T>>) => {
    const entries: (Entry<T> & { body: string; bodyLine: number })[] = [];
    for (const result of results) {
      if ('problems' in result) {
        problems.push(...result.problems);
        unparsed.push({ id: result.id, file: result.file });
        continue;
      }
      sources.set(result.entry.file, result.source);
      entries.push(result.entry);
    }
    return entries;
  };

  const readAll = <T>(
    files: string | readonly string[],
    schema: z.ZodType<T>,
    parse: (file: string, text: string) => Parsed,
  ) => {
    const listed = typeof files === 'string' ? fs.globSync(files, { cwd: contentDir }).sort() : files;
    return collect(
      listed.map((relative) => {
        if (!memo) return readContentFile(contentDir, root, relative, schema, parse);
        const absolute = path.join(contentDir, relative);
        const { mtimeMs, size } = fs.statSync(absolute);
        const remembered = memo.get(absolute);
        const result =
          remembered?.mtimeMs === mtimeMs && remembered.size === size
            ? (remembered.result as FileResult<T>)
            : readContentFile(contentDir, root, relative, schema, parse);
        memo.set(absolute, { mtimeMs, size, result });
        return result;
      }),
    );
  };

  const questionEntries: QuestionEntry[] = questions
    ? collect(questions)
    : readAll(listQuestionFiles(contentDir), questionSchema, parseMarkdown);
  const unparsedQuestions = unparsed.filter((entry) => entry.file.endsWith('.md'));
  const authors = readAll('lawyers/*.{yaml,yml}', authorSchema, parseYamlFile).map(withoutBody);
  const categories = readAll('categories/*.{yaml,yml}', categorySchema, parseYamlFile).map(withoutBody);
  const laws = readAll('laws/*.json', lawSchema, parseJsonFile).map(withoutBody);
  const overrides = readAll(CORRESPONDENCE_FILE, correspondenceSchema, parseYamlFile).map(withoutBody)[0]?.data ?? {};
  const synonyms = readAll(SYNONYMS_FILE, synonymsSchema, parseYamlFile).map(withoutBody)[0]?.data ?? [];
  return {
    content: { questions: questionEntries, authors, categories, laws },
    problems,
    unparsed: unparsedQuestions,
    overrides,
    synonyms,
    sources,
  };
}

/** The question files of a content folder, relative to it, in the order they are loaded. */
export const listQuestionFiles = (contentDir: string): string[] => listFiles(contentDir, 'questions', '.md');

/** Reads and validates the given question files (relative to the content folder), in order. */
export function readQuestionFiles(
  contentDir: string,
  root: string,
  files: readonly string[],
): FileResult<QuestionEntry['data']>[] {
  return files.map((relative) => readContentFile(contentDir, root, relative, questionSchema, parseMarkdown));
}

/** Reads one content file: its entry, or the problems that kept it from being one. */
function readContentFile<T>(
  contentDir: string,
  root: string,
  relative: string,
  schema: z.ZodType<T>,
  parse: (file: string, text: string) => Parsed,
): FileResult<T> {
  const absolute = path.join(contentDir, relative);
  const file = path.relative(root, absolute).split(path.sep).join('/');
  const id = file.endsWith('.md') ? slugOf(file) : path.basename(relative).replace(/\.[^.]+$/, '');
  const parsed = parse(file, readText(absolute));
  if ('problem' in parsed) return { problems: [parsed.problem], id, file };
  const result = schema.safeParse(parsed.data);
  if (!result.success) {
    const issues = result.error.issues.map((issue): Problem => {
      // An unknown field is reported at the field itself, where the editor has to look.
      const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path;
      const line = fieldLine(parsed.yaml, path.filter(isKey));
      return {
        severity: 'error',
        file,
        field: formatFieldPath(path) || '(frontmatter)',
        message: issue.message,
        ...(line === undefined ? {} : { line: line + parsed.lineOffset }),
      };
    });
    return { problems: issues, id, file };
  }
  return {
    entry: { id, file, data: result.data, body: parsed.body, bodyLine: parsed.bodyLine },
    source: { yaml: parsed.yaml, lineOffset: parsed.lineOffset },
  };
}

/** Adds line numbers to problems found after loading (cross-file rules report only a field). */
export function locate(problems: Problem[], sources: LoadedContent['sources']): Problem[] {
  return problems.map((problem) => {
    const source = sources.get(problem.file);
    if (problem.line !== undefined || !source) return problem;
    const line = fieldLine(source.yaml, parseFieldPath(problem.field));
    return line === undefined ? problem : { ...problem, line: line + source.lineOffset };
  });
}

const CORRESPONDENCE_FILE = 'law-correspondence.yaml';
const SYNONYMS_FILE = 'synonyms.yaml';

/** The editors' synonym groups; the content check has validated the file before a build uses it. */
export function readSynonyms(contentDir: string): Synonyms {
  const file = path.join(contentDir, SYNONYMS_FILE);
  return fs.existsSync(file) ? synonymsSchema.parse(loadCore(fs.readFileSync(file, 'utf8'))) : [];
}

/**
 * The law library straight from disk, for the Markdown pipeline, which runs outside Astro's
 * collections. The files were validated by the content check before any page is rendered.
 */
export function loadLawLibrary(contentDir: string): LawLibrary {
  return lawLibrary(readLaws(contentDir), readCorrespondenceOverrides(contentDir));
}

/** The law files as they are, validated beforehand by the content check. */
export function readLaws(contentDir: string): { id: string; data: Law }[] {
  return fs
    .globSync('laws/*.json', { cwd: contentDir })
    .sort()
    .map((file) => ({
      id: path.basename(file, '.json'),
      data: JSON.parse(fs.readFileSync(path.join(contentDir, file), 'utf8')) as Law,
    }));
}

export function readCorrespondenceOverrides(contentDir: string): CorrespondenceOverrides {
  const file = path.join(contentDir, CORRESPONDENCE_FILE);
  return fs.existsSync(file) ? correspondenceSchema.parse(loadCore(fs.readFileSync(file, 'utf8'))) : {};
}

type Parsed =
  { data: unknown; yaml: string; body: string; bodyLine: number; lineOffset: number } | { problem: Problem };

function parseMarkdown(file: string, text: string): Parsed {
  if (!/^---\r?\n/.test(text)) {
    return {
      problem: {
        severity: 'error',
        file,
        line: 1,
        field: '(frontmatter)',
        message: '文件应以 --- 开头的 frontmatter 起始，写明 title、question 等字段',
      },
    };
  }
  try {
    const { head, body } = splitFrontmatter(text);
    const parsed = matter(head, { engines: { yaml: (source: string) => loadCore(source) as object } });
    // The frontmatter starts on line 2, after the opening `---`.
    const bodyLine = text.slice(0, text.length - body.length).split('\n').length;
    return {
      data: parsed.data,
      yaml: parsed.matter.replace(/^\r?\n/, ''),
      body,
      bodyLine,
      lineOffset: 1,
    };
  } catch (caught) {
    return { problem: yamlProblem(file, caught, 1) };
  }
}

/**
 * A Markdown file cut into its frontmatter block (both `---` lines) and its body, by gray-matter's
 * own rule: the block ends at the first line starting `---`, and the body starts after it, less one
 * line break. gray-matter is handed the block only, because it first looks its whole input up in a
 * module-wide cache (`matter.cache[input]`): with whole answers as keys that lookup cost 2.8 s of a
 * 16 s `npm run check` at 100,000 questions, more than parsing the frontmatter itself.
 */
export function splitFrontmatter(text: string): { head: string; body: string } {
  const close = text.indexOf('\n---', 3);
  if (close === -1) return { head: text, body: '' };
  const head = text.slice(0, close + 4);
  let body = text.slice(close + 4);
  if (body.startsWith('\r')) body = body.slice(1);
  if (body.startsWith('\n')) body = body.slice(1);
  return { head, body };
}

function parseYamlFile(file: string, text: string): Parsed {
  try {
    return { data: loadCore(text), yaml: text, body: '', bodyLine: 1, lineOffset: 0 };
  } catch (caught) {
    return { problem: yamlProblem(file, caught, 0) };
  }
}

function parseJsonFile(file: string, text: string): Parsed {
  try {
    return { data: JSON.parse(text), yaml: '', body: '', bodyLine: 1, lineOffset: 0 };
  } catch (caught) {
    return {
      problem: {
        severity: 'error',
        file,
        field: '(json)',
        message: `JSON 无法解析（${(caught as Error).message}）：请重新运行 npm run import:laws`,
      },
    };
  }
}

/**
 * A file's text. Read as bytes and decoded, which is faster here than asking for a string: 100,021
 * question files took 2.3 s against 3.6 s with `readFileSync(file, 'utf8')`.
 */
function readText(file: string): string {
  return fs.readFileSync(file).toString('utf8');
}

function loadCore(text: string): unknown {
  return loadYaml(text, { schema: CORE_SCHEMA }) ?? {};
}

function yamlProblem(file: string, caught: unknown, lineOffset: number): Problem {
  if (caught instanceof YAMLException) {
    return {
      severity: 'error',
      file,
      line: caught.mark.line + 1 + lineOffset,
      field: '(yaml)',
      message: `YAML 格式错误：${caught.reason}（检查冒号、缩进和引号）`,
    };
  }
  throw caught;
}

function isKey(part: PropertyKey): part is string | number {
  return typeof part === 'string' || typeof part === 'number';
}

function withoutBody<T>({
  body: _body,
  bodyLine: _line,
  ...entry
}: Entry<T> & { body: string; bodyLine: number }): Entry<T> {
  return entry;
}

import type { AuthorData } from '../schemas/author.ts';
import type { CategoryData } from '../schemas/category.ts';
import type { Law } from '../schemas/law.ts';
import type { QuestionData } from '../schemas/question.ts';

// The knowledge base as plain data with string ids. The Astro build and the command-line scripts
// each load files their own way and hand this same shape to the pure domain code.

export interface Entry<T> {
  id: string;
  /** Path of the source file relative to the project root, for messages. */
  file: string;
  data: T;
}

export interface QuestionEntry extends Entry<QuestionData> {
  /** The answer's Markdown. */
  body: string;
  /** The file line the answer starts on, for messages about the text; 1 when unknown. */
  bodyLine?: number;
}

export interface ContentSet {
  questions: QuestionEntry[];
  authors: Entry<AuthorData>[];
  categories: Entry<CategoryData>[];
  laws: Entry<Law>[];
}

/** The URL slug of a question is its file name, whatever folder the file sits in. */
export function slugOf(file: string): string {
  const name = file.split('/').at(-1) ?? file;
  return name.replace(/\.md$/, '');
}

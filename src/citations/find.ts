import type { Nodes, Parent, Root, Text } from 'mdast';
import { maskMarkdown } from './markdown-mask.ts';
import { scanCitations, type CitationContext, type CitationMatch } from './parser.ts';
import { resolveCitation, type Resolution } from './resolve.ts';
import type { IsoDate } from '../shared/dates.ts';
import type { LawLibrary } from '../laws/library.ts';

/** A citation found in an answer, with where it stands and what it resolved to. */
export interface TextCitation {
  match: CitationMatch;
  node: Text;
  /** 1-based position of the citation's first character in the Markdown. */
  line: number;
  column: number;
  /** Undefined for a law that is not in the library: it stays plain text. */
  resolution?: Resolution | undefined;
}

// Text in these nodes is never a citation to link: code is literal, and links already point somewhere.
const OPAQUE = new Set([
  'code',
  'inlineCode',
  'link',
  'linkReference',
  'html',
  'image',
  'imageReference',
  'definition',
]);

/**
 * Every citation in a Markdown tree, in document order, resolved as of the answer's date. A bare
 * 第X条 refers to the law named last before it in the answer, as a reader takes it: answers name a
 * law once and then cite its articles in the paragraphs, lists and sections that follow.
 */
export function citationsInTree(tree: Root, library: LawLibrary, date: IsoDate): TextCitation[] {
  const found: TextCitation[] = [];
  const walk = (node: Nodes, context: CitationContext) => {
    if (OPAQUE.has(node.type)) return;
    if (node.type === 'text') {
      for (const match of scanCitations(node.value, library.names, context)) {
        found.push({
          match,
          node,
          ...positionOf(node, match.start),
          resolution: match.law.known ? resolveCitation(library, match.law.id, match, date) : undefined,
        });
      }
      return;
    }
    if ('children' in node) for (const child of (node as Parent).children) walk(child as Nodes, context);
  };
  walk(tree, {});
  return found;
}

/** A citation found in an answer's Markdown source, without a syntax tree to point into. */
export type SourceCitation = Omit<TextCitation, 'node'>;

/**
 * The citations of an answer's Markdown source, for the content check and the catalog, which have
 * no remark pipeline of their own: the same scanner over the text with code and links blanked out,
 * at a fraction of the cost of parsing every answer.
 */
export function citationsInMarkdown(markdown: string, library: LawLibrary, date: IsoDate): SourceCitation[] {
  const text = maskMarkdown(markdown);
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  return scanCitations(text, library.names, {}).map((match) => {
    let line = lineStarts.length - 1;
    while (lineStarts[line]! > match.start) line--;
    return {
      match,
      line: line + 1,
      column: match.start - lineStarts[line]! + 1,
      resolution: match.law.known ? resolveCitation(library, match.law.id, match, date) : undefined,
    };
  });
}

function positionOf(node: Text, offset: number): { line: number; column: number } {
  const start = node.position?.start ?? { line: 1, column: 1 };
  const before = node.value.slice(0, offset).split('\n');
  return before.length === 1
    ? { line: start.line, column: start.column + offset }
    : { line: start.line + before.length - 1, column: (before.at(-1)?.length ?? 0) + 1 };
}

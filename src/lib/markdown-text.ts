import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkGfm);

/** The words of a Markdown text without its markup, paragraphs kept apart by blank lines. */
export function markdownToText(markdown: string): string {
  const tree = parser.parse(markdown);
  return (
    tree.children
      // Raw HTML is no part of the answer a reader sees: the build sanitizes it away.
      .map((node) => toString(node, { includeHtml: false }).trim())
      .filter(Boolean)
      .join('\n\n')
  );
}

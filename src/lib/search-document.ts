import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { encodeTerm, indexTokens } from './search-text.ts';

const BODY_START = /<([a-z0-9]+)\b[^>]*\sdata-pagefind-body\b/i;

/**
 * Rewrites a built page into the document Pagefind indexes: the `data-pagefind-body` element with
 * its text replaced by our search tokens, its structure (weights, filters, ignored parts) kept.
 * Meta and filter values read from element text are taken from the original words and placed
 * outside the body, so results show real titles while the index holds bigrams. The page's plain
 * text becomes the `text` meta, from which the search page cuts highlighted excerpts.
 * Returns undefined for pages without a `data-pagefind-body` element.
 */
export function searchDocument(html: string, expand: (text: string) => string[] = () => []): string | undefined {
  const start = BODY_START.exec(html);
  if (!start) return undefined;
  const fragment = extractElement(html, start.index, start[1]!);
  const tree = fromHtml(fragment, { fragment: true });
  const body = tree.children.find((node): node is Element => node.type === 'element');
  if (!body) return undefined;

  const captured: Element[] = [];
  const plain: string[] = [];
  capture(body, captured);
  tokenize(body, plain, expand);
  const text = plain.join('').replace(/\s+/g, ' ').trim();
  captured.push(span({ dataPagefindMeta: 'text' }, text));
  const root: Root = { type: 'root', children: [...captured, body] };
  return `<!doctype html><html><head><meta charset="utf-8"></head><body>${toHtml(root)}</body></html>`;
}

/** The outer HTML of the element opening at `at`, balanced on tags of the same name. */
function extractElement(html: string, at: number, tag: string): string {
  const pattern = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
  pattern.lastIndex = at;
  let depth = 0;
  for (let match = pattern.exec(html); match; match = pattern.exec(html)) {
    depth += match[1] ? -1 : 1;
    if (depth === 0) return html.slice(at, match.index + match[0].length);
  }
  return html.slice(at);
}

/** Moves meta and filter values taken from element text out, as literal values of their own. */
function capture(node: Element, out: Element[]) {
  for (const [key, attribute] of [
    ['dataPagefindMeta', 'dataPagefindMeta'],
    ['dataPagefindFilter', 'dataPagefindFilter'],
  ] as const) {
    const name = node.properties[key];
    if (typeof name === 'string' && !name.includes(':') && !name.includes('[')) {
      out.push(span({ [attribute]: name }, toString(node).trim()));
      delete node.properties[key];
    }
  }
  for (const child of node.children) if (child.type === 'element') capture(child, out);
}

function tokenize(node: Element, plain: string[], expand: (text: string) => string[]) {
  const ignored = node.properties.dataPagefindIgnore !== undefined;
  node.children = node.children.map((child): ElementContent => {
    if (child.type === 'text') {
      if (ignored) return child;
      plain.push(child.value);
      const tokens = [...indexTokens(child.value), ...expand(child.value).flatMap(indexTokens)].map(encodeTerm);
      return { type: 'text', value: ` ${tokens.join(' ')} ` };
    }
    if (child.type === 'element') {
      if (!ignored) tokenize(child, plain, expand);
      if (['p', 'li', 'h1', 'h2', 'h3', 'h4', 'div', 'section', 'blockquote'].includes(child.tagName)) plain.push(' ');
    }
    return child;
  });
}

function span(properties: Element['properties'], text: string): Element {
  return { type: 'element', tagName: 'span', properties, children: [{ type: 'text', value: text }] };
}

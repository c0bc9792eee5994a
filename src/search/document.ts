import { decodeEntities, escapeHtml } from '../shared/html-text.ts';
import { encodeTerm, indexTokens } from './text.ts';

// Characters of a page's text kept for excerpts: every result shown downloads them before the
// first results appear, so only the opening (the reader's question, the start of the answer); the
// search page finds a passage further in from the page itself (src/search/client/passages.ts).
const EXCERPT_SOURCE = 360;
const BODY_START = /<([a-z0-9]+)\b[^>]*\sdata-pagefind-body\b/i;
const TOKEN = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|([^<]+)/g;
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
const BLOCK = new Set([
  'p',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'div',
  'section',
  'article',
  'blockquote',
  'header',
  'td',
  'th',
]);
// Meta and filter values read from an element's text (`data-pagefind-meta="title"`), not given literally.
const CAPTURE = /\sdata-pagefind-(meta|filter)="([^":[\]]+)"/g;

/** The meta field holding the subject's terms: title and reader's question, marked `data-search-subject`. */
export const SUBJECT_FIELD = 'subject';
const SUBJECT = /\sdata-search-subject\b/;

interface Open {
  tag: string;
  ignored: boolean;
  subject: boolean;
  /** Outside the title, which results show on its own line: its words are not repeated in the excerpt. */
  excerpt: boolean;
  captures: { kind: string; name: string; text: string[] }[];
}

/**
 * Rewrites a built page into the document Pagefind indexes: the `data-pagefind-body` element with
 * its text replaced by our search tokens, its structure (weights, filters, ignored parts) kept.
 * Meta and filter values read from element text are taken from the original words and placed
 * outside the body, so results show real titles while the index holds encoded bigrams. The page's
 * plain text becomes the `text` meta, from which the search page cuts highlighted excerpts. The
 * terms of the elements marked `data-search-subject` (title, reader's question) also become the
 * `subject` meta: Pagefind searches meta fields and boosts pages whose field holds the query's
 * terms, which is how the subject outranks answers that only mention the words.
 * Our pages are machine-written, well-formed HTML, so one pass over the tags suffices: a full HTML
 * parser would cost more than everything else in indexing a page.
 * `filters` adds filter values the page itself does not carry.
 * Returns undefined for pages without a `data-pagefind-body` element.
 */
export function searchDocument(
  html: string,
  expand: (text: string) => string[] = () => [],
  filters: Readonly<Record<string, string>> = {},
): string | undefined {
  const fragment = searchBody(html);
  if (fragment === undefined) return undefined;

  const out: string[] = [];
  const plain: string[] = [];
  const subject: string[] = [];
  const captured: string[] = [];
  const stack: Open[] = [];
  for (const match of fragment.matchAll(TOKEN)) {
    const [whole, closing, name, attributes = '', selfClosing, text] = match;
    if (text !== undefined) {
      const value = decodeEntities(text);
      for (const open of stack) for (const capture of open.captures) capture.text.push(value);
      if (stack.at(-1)?.ignored) {
        out.push(text);
      } else {
        if (stack.at(-1)?.excerpt ?? true) plain.push(value);
        const tokens = [...indexTokens(value), ...expand(value).flatMap(indexTokens)].map(encodeTerm);
        out.push(` ${tokens.join(' ')} `);
        if (stack.at(-1)?.subject) subject.push(...tokens);
      }
      continue;
    }
    if (!name) continue; // a comment
    const tag = name.toLowerCase();
    if (closing) {
      const open = stack.pop();
      for (const capture of open?.captures ?? []) {
        captured.push(span(`data-pagefind-${capture.kind}`, capture.name, capture.text.join('').trim()));
      }
      if (BLOCK.has(tag)) plain.push(' ');
      out.push(whole);
      continue;
    }
    const captures = [...attributes.matchAll(CAPTURE)].map(([, kind, value]) => ({
      kind: kind!,
      name: value!,
      text: [],
    }));
    out.push(`<${name}${attributes.replace(CAPTURE, '')}${selfClosing}>`);
    if (VOID.has(tag) || selfClosing) continue;
    const ignored = (stack.at(-1)?.ignored ?? false) || /\sdata-pagefind-ignore\b/.test(attributes);
    const inSubject = (stack.at(-1)?.subject ?? false) || SUBJECT.test(attributes);
    const excerpt =
      (stack.at(-1)?.excerpt ?? true) && !captures.some(({ kind, name }) => kind === 'meta' && name === 'title');
    stack.push({ tag, ignored, subject: inSubject, excerpt, captures });
  }
  const text = [...plain.join('').replace(/\s+/g, ' ').trim()].slice(0, EXCERPT_SOURCE).join('');
  captured.push(span('data-pagefind-meta', 'text', text));
  if (subject.length > 0) captured.push(span('data-pagefind-meta', SUBJECT_FIELD, subject.join(' ')));
  for (const [name, value] of Object.entries(filters)) captured.push(span('data-pagefind-filter', name, value));
  return `<!doctype html><html><head><meta charset="utf-8"></head><body>${captured.join('')}${out.join('')}</body></html>`;
}

/**
 * The outer HTML of a page's `data-pagefind-body` element: all that its search document is made
 * of, so it also keys the cached index (src/search/indexing/).
 */
export function searchBody(html: string): string | undefined {
  const start = BODY_START.exec(html);
  return start ? extractElement(html, start.index, start[1]!) : undefined;
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

function span(attribute: string, name: string, text: string): string {
  return `<span ${attribute}="${escapeHtml(name)}">${escapeHtml(text)}</span>`;
}

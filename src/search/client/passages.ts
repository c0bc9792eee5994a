// Excerpts from the passage that matched. A result's fragment holds only the opening of its page
// (the reader's question and the start of the answer: src/search/document.ts), which every result
// shown downloads before the first results appear. When a term of the query is not in that
// opening, the page itself is fetched once its result scrolls into view, and the excerpt is cut
// again from its whole text: the bytes are spent only on results a reader sees, after the results
// are shown, and the browser keeps the page for when the reader opens it.
import { highlightExcerpt } from '../highlight.ts';
import { normalizeText } from '../normalize.ts';

/** The text of a page's searchable part, as the search index reads it (ignored parts left out). */
function pageText(html: string): string {
  const body = new DOMParser().parseFromString(html, 'text/html').querySelector('[data-pagefind-body]');
  if (!body) return '';
  for (const left of body.querySelectorAll('[data-pagefind-ignore], [data-pagefind-meta="title"]')) left.remove();
  // Block boundaries become spaces, as in the index's own text.
  for (const block of body.querySelectorAll('p, li, h2, h3, h4, blockquote, td, th')) block.append(' ');
  return body.textContent ?? '';
}

// The observers of the results on screen; a new search stops them.
const observers = new Set<IntersectionObserver>();

/** Stops refining the excerpts of earlier results. */
export function stopRefining(): void {
  for (const observer of observers) observer.disconnect();
  observers.clear();
}

/**
 * Marks the results whose excerpt lacks one of the query's terms (`terms`, as queryTerms gives them)
 * and refines each once it is on screen, marking `words`.
 */
export function refineExcerpts(
  items: readonly HTMLLIElement[],
  words: readonly string[],
  terms: readonly string[],
): void {
  const waiting = items.filter((item) => {
    const opening = normalizeText(item.querySelector('.excerpt')?.textContent ?? '');
    return terms.some((term) => !opening.includes(term));
  });
  if (waiting.length === 0 || typeof IntersectionObserver === 'undefined') return;
  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      observer.unobserve(entry.target);
      void refine(entry.target as HTMLLIElement, words);
    }
  });
  observers.add(observer);
  for (const item of waiting) {
    item.dataset.excerpt = 'opening';
    observer.observe(item);
  }
}

async function refine(item: HTMLLIElement, words: readonly string[]): Promise<void> {
  const url = item.querySelector('.result-title a')?.getAttribute('href');
  const excerpt = item.querySelector('.excerpt');
  if (!url || !excerpt) return;
  try {
    const response = await fetch(url);
    if (!response.ok) return;
    const html = highlightExcerpt(pageText(await response.text()), words);
    // Only a passage that holds a query word replaces the opening.
    if (html.includes('<mark>')) {
      excerpt.innerHTML = html;
      item.dataset.excerpt = 'passage';
    }
  } catch {
    // The opening stays: a page that cannot be fetched now is no reason to fail the search.
  }
}

// The search page's client code: reads the search from the URL (url-state.ts), asks Pagefind
// (pagefind.ts), orders the results (rank.ts) and shows them (render.ts). The URL always holds the
// search, so it can be shared and the back button works.
import { encodeTerm, queryTerms } from '../text.ts';
import type { SynonymMap } from '../synonyms.ts';
import { loadPagefind, searcher, type LoadedIndex } from './pagefind.ts';
import { find } from './rank.ts';
import {
  EMPTY_STATUS,
  FAILED_STATUS,
  foundStatus,
  notFoundStatus,
  renderFacets,
  renderResult,
  SEARCHING_STATUS,
} from './render.ts';
import type { Pagefind, Search, SearchOptions } from './types.ts';
import { formParams, readSearchState, searchUrl, unfilteredUrl } from './url-state.ts';

// Results are shown ten at a time: each one shown costs a fragment download.
const PAGE = 10;

/**
 * Marks the steps of a search in the browser's performance timeline (`fawen-search:<step>`), so
 * that the time to results can be split by step (the bench reads them, bench/measure/search-cost.ts).
 */
async function timed<T>(step: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await work();
  } finally {
    performance.measure(`fawen-search:${step}`, { start, end: performance.now() });
  }
}

interface Elements {
  form: HTMLFormElement;
  input: HTMLInputElement;
  sort: HTMLSelectElement;
  options: HTMLElement;
  facets: HTMLElement;
  status: HTMLElement;
  list: HTMLElement;
  more: HTMLButtonElement;
}

function elements(): Elements | undefined {
  const byId = (id: string) => document.getElementById(id);
  const found = {
    form: byId('search-form') as HTMLFormElement | null,
    input: byId('search-query') as HTMLInputElement | null,
    sort: byId('search-sort') as HTMLSelectElement | null,
    options: byId('search-options'),
    facets: byId('search-facets'),
    status: byId('search-status'),
    list: byId('search-results'),
    more: byId('search-more') as HTMLButtonElement | null,
  };
  return Object.values(found).every(Boolean) ? (found as Elements) : undefined;
}

async function run(ui: Elements, params: URLSearchParams, loaded: () => Promise<LoadedIndex>): Promise<void> {
  const { form, input, sort, options, facets, status, list, more } = ui;
  more.hidden = true;
  const { query, sort: order, filters } = readSearchState(params);
  input.value = query;
  sort.value = order;
  const filtered = Object.keys(filters).length > 0;
  list.dataset.query = query;
  if (!query && !filtered) {
    list.replaceChildren();
    options.hidden = true;
    status.textContent = EMPTY_STATUS;
    list.setAttribute('aria-busy', 'false');
    return;
  }

  list.setAttribute('aria-busy', 'true');
  status.textContent = SEARCHING_STATUS;
  let facetsAfter: (() => Promise<void>) | undefined;
  try {
    const { pagefind: index, manifest } = await timed('load', loaded);
    const synonyms = JSON.parse(list.dataset.synonyms ?? '{}') as SynonymMap;
    const { words, terms: readable, phrase } = queryTerms(query, synonyms);
    const terms = readable.map(encodeTerm);
    const search = searcher(index, manifest);
    const searchOptions: SearchOptions = { filters, ...(order === 'date' ? { sort: { date: 'desc' } } : {}) };
    const results = await timed('search', () => find(search, terms, phrase?.map(encodeTerm), searchOptions));
    options.hidden = false;
    facetsAfter = () => showFacets(index, search, terms, searchOptions, facets, params, form);
    const show = async (from: number) => {
      const data = await Promise.all(results.slice(from, from + PAGE).map((result) => result.data()));
      const items = data.map((item) => renderResult(item, words));
      if (from === 0) list.replaceChildren(...items);
      else list.append(...items);
      const shown = Math.min(results.length, from + PAGE);
      status.textContent = foundStatus(results.length, shown, query);
      more.hidden = shown >= results.length;
      more.onclick = () => void show(shown);
      // Keyboard users continue where the new results start.
      if (from > 0) items[0]?.querySelector('a')?.focus();
    };
    if (results.length > 0) {
      await timed('show', () => show(0));
    } else {
      list.replaceChildren();
      status.textContent = notFoundStatus(query, filtered);
      if (filtered) {
        const clear = document.createElement('a');
        clear.href = unfilteredUrl(query);
        clear.textContent = '取消全部筛选';
        status.append(' ', clear);
      }
    }
  } catch (error) {
    // The reader is told; the cause goes to the console for whoever investigates.
    console.error(error);
    list.replaceChildren();
    status.textContent = FAILED_STATUS;
  }
  list.setAttribute('aria-busy', 'false');
  await facetsAfter?.();
}

/**
 * Facets with counts, filled in after the results are shown: counting needs Pagefind's filter
 * indexes, which a reader waiting for the first results should not have to download first. Once
 * loaded, the same search runs again (its index chunks are cached) to count per filter value.
 */
async function showFacets(
  index: Pagefind,
  search: Search,
  terms: string[],
  options: SearchOptions,
  container: HTMLElement,
  params: URLSearchParams,
  form: HTMLFormElement,
): Promise<void> {
  // A newer search may start while these counts load; only the latest one fills the facets.
  const run = String(Number(container.dataset.run ?? '0') + 1);
  container.dataset.run = run;
  container.setAttribute('aria-busy', 'true');
  try {
    const all = await index.filters();
    const { filters: counts } = await search(terms.length ? terms.join(' ') : null, options);
    if (container.dataset.run === run) renderFacets(container, all, counts, params, () => form.requestSubmit());
  } catch {
    if (container.dataset.run === run) container.replaceChildren();
  }
  if (container.dataset.run === run) container.setAttribute('aria-busy', 'false');
}

/**
 * Searches without reloading the page: a submitted query or a changed filter becomes a new history
 * entry (`/search/?q=…`), so results can be shared and the back button returns to the last search.
 */
export function startSearchPage(): void {
  const ui = elements();
  if (!ui) return;
  let loading: Promise<LoadedIndex> | undefined;
  const loaded = () => (loading ??= loadPagefind());
  const current = () => new URLSearchParams(location.search);
  ui.form.addEventListener('submit', (event) => {
    event.preventDefault();
    const params = formParams(new FormData(ui.form));
    history.pushState(null, '', searchUrl(params));
    void run(ui, params, loaded);
  });
  ui.sort.addEventListener('change', () => ui.form.requestSubmit());
  window.addEventListener('popstate', () => void run(ui, current(), loaded));
  void run(ui, current(), loaded);
}

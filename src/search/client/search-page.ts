// The search page's client code: reads the search from the URL (url-state.ts), asks Pagefind
// (pagefind.ts), orders the results (rank.ts) and shows them (render.ts). The URL always holds the
// search, so it can be shared and the back button works.
import { encodeTerm, queryTerms } from '../text.ts';
import type { SynonymMap } from '../synonyms.ts';
import { chosenCount, facetCounts } from './facets.ts';
import { loadPagefind, searcher, type LoadedIndex } from './pagefind.ts';
import { refineExcerpts, stopRefining } from './passages.ts';
import { find } from './rank.ts';
import {
  chosenLabel,
  EMPTY_STATUS,
  FAILED_STATUS,
  foundStatus,
  notFoundStatus,
  renderFacets,
  renderResult,
  SEARCHING_STATUS,
} from './render.ts';
import type { Filters, Pagefind, Search } from './types.ts';
import { FACETS, formParams, readSearchState, searchUrl, unfilteredUrl } from './url-state.ts';

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
  bar: HTMLElement;
  options: HTMLElement;
  toggle: HTMLButtonElement;
  chosen: HTMLElement;
  filters: HTMLElement;
  facets: HTMLElement;
  status: HTMLElement;
  list: HTMLElement;
  partialTitle: HTMLElement;
  partial: HTMLElement;
  more: HTMLButtonElement;
}

function elements(): Elements | undefined {
  const byId = (id: string) => document.getElementById(id);
  const found = {
    form: byId('search-form') as HTMLFormElement | null,
    input: byId('search-query') as HTMLInputElement | null,
    sort: byId('search-sort') as HTMLSelectElement | null,
    bar: byId('search-bar'),
    options: byId('search-options'),
    toggle: byId('search-filters-toggle') as HTMLButtonElement | null,
    chosen: byId('search-filters-count'),
    filters: byId('search-filters'),
    facets: byId('search-facets'),
    status: byId('search-status'),
    list: byId('search-results'),
    partialTitle: byId('search-partial-title'),
    partial: byId('search-partial'),
    more: byId('search-more') as HTMLButtonElement | null,
  };
  return Object.values(found).every(Boolean) ? (found as Elements) : undefined;
}

/** Empties both lists of results, and hides the partial matches' heading with its list. */
function clearResults({ list, partial, partialTitle }: Elements): void {
  list.replaceChildren();
  partial.replaceChildren();
  partial.hidden = partialTitle.hidden = true;
}

async function run(ui: Elements, params: URLSearchParams, loaded: () => Promise<LoadedIndex>): Promise<void> {
  const { input, sort, options, chosen, filters: panel, status, list, partialTitle, partial, more } = ui;
  more.hidden = true;
  stopRefining();
  const { query, sort: order, filters } = readSearchState(params);
  input.value = query;
  sort.value = order;
  chosen.textContent = chosenLabel(chosenCount(filters));
  const filtered = Object.keys(filters).length > 0;
  list.dataset.query = query;
  if (!query && !filtered) {
    clearResults(ui);
    options.hidden = panel.hidden = true;
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
    const found = await timed('search', () =>
      find(search, terms, phrase?.map(encodeTerm), {
        filters,
        ...(order === 'date' ? { sort: { date: 'desc' } } : {}),
      }),
    );
    options.hidden = false;
    facetsAfter = () => showFacets(ui, index, search, terms.length ? terms.join(' ') : null, filters, params);
    // Pages holding every word come first, in the results list; those holding some, apart below.
    const all = [...found.results, ...found.partial];
    const show = async (from: number) => {
      const data = await Promise.all(all.slice(from, from + PAGE).map((result) => result.data()));
      const items = data.map((item, i) => renderResult(item, words, from + i < found.results.length ? 'h2' : 'h3'));
      const split = Math.max(0, Math.min(items.length, found.results.length - from));
      // The first ones replace the last search's results in one step: they stay until these are ready.
      if (from === 0) {
        list.replaceChildren(...items.slice(0, split));
        partial.replaceChildren(...items.slice(split));
      } else {
        list.append(...items.slice(0, split));
        partial.append(...items.slice(split));
      }
      refineExcerpts(items, words, readable);
      const shown = Math.min(all.length, from + PAGE);
      partial.hidden = partialTitle.hidden = partial.childElementCount === 0;
      status.textContent = foundStatus(found.results.length, found.partial.length, shown, query);
      more.hidden = shown >= all.length;
      more.onclick = () => void show(shown);
      // Keyboard users continue where the new results start.
      if (from > 0) items[0]?.querySelector('a')?.focus();
    };
    if (all.length > 0) {
      await timed('show', () => show(0));
    } else {
      clearResults(ui);
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
    clearResults(ui);
    status.textContent = FAILED_STATUS;
  }
  list.setAttribute('aria-busy', 'false');
  await facetsAfter?.();
}

/**
 * Filter values with their counts, filled in after the results are shown: counting needs
 * Pagefind's filter indexes, which a reader waiting for the first results should not have to
 * download first. Once loaded, the search runs again (its index chunks are cached) to count.
 */
async function showFacets(
  ui: Elements,
  index: Pagefind,
  search: Search,
  query: string | null,
  filters: Filters,
  params: URLSearchParams,
): Promise<void> {
  const { facets: container, filters: panel, form } = ui;
  // A newer search may start while these counts load; only the latest one fills the facets.
  const run = String(Number(container.dataset.run ?? '0') + 1);
  container.dataset.run = run;
  container.setAttribute('aria-busy', 'true');
  try {
    await index.filters();
    const counts = await facetCounts(
      search,
      query,
      filters,
      FACETS.map(([key]) => key),
    );
    if (container.dataset.run === run) {
      const offered = renderFacets(container, counts, params, form.id, () => form.requestSubmit());
      panel.hidden = offered === 0;
    }
  } catch (error) {
    // The results stay; the reader goes without filters, and the cause goes to the console.
    console.error(error);
    if (container.dataset.run === run) {
      container.replaceChildren();
      panel.hidden = true;
    }
  }
  if (container.dataset.run === run) container.setAttribute('aria-busy', 'false');
}

/**
 * The 筛选 button opens and closes the filters in place (on wide screens they are always shown).
 * Opened by a reader who has scrolled down the results, the filters are scrolled to, just below
 * the search bar that stays at the top.
 */
function toggleFilters({ toggle, filters, bar }: Elements): void {
  const open = toggle.getAttribute('aria-expanded') !== 'true';
  toggle.setAttribute('aria-expanded', String(open));
  filters.classList.toggle('open', open);
  const below = bar.getBoundingClientRect().bottom;
  if (open && filters.getBoundingClientRect().top < below) {
    filters.style.scrollMarginTop = `${below}px`;
    filters.scrollIntoView({ block: 'start' });
  }
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
  ui.toggle.addEventListener('click', () => toggleFilters(ui));
  window.addEventListener('popstate', () => void run(ui, current(), loaded));
  void run(ui, current(), loaded);
}

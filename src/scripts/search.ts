// The search page's client code: reads the query and filters from the URL, asks Pagefind, and
// renders results and facets. The URL always holds the search, so it can be shared and the back
// button works.
import { encodeTerm, highlightExcerpt, queryTerms } from '../lib/search-text.ts';
import { SUBJECT_FIELD } from '../lib/search-document.ts';
import { SHARD_FILTER, shardPath } from '../lib/search-shards.ts';
import type { SynonymMap } from '../lib/synonyms.ts';

interface ResultData {
  url: string;
  meta: Record<string, string | undefined>;
}

interface SearchResult {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}

interface SearchResponse {
  results: SearchResult[];
  filters: Record<string, Record<string, number>>;
}

type Filters = Record<string, { any: string[] }>;

interface Pagefind {
  search(
    query: string | null,
    options?: { filters?: Filters; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<SearchResponse>;
  filters(): Promise<Record<string, Record<string, number>>>;
  options(options: PagefindOptions): Promise<void>;
  mergeIndex(path: string, options?: PagefindOptions): Promise<void>;
}

interface PagefindOptions {
  ranking?: { metaWeights?: Record<string, number> };
}

// A page whose subject (title, reader's question) holds the query's terms gets Pagefind's meta
// boost, the same 5x Pagefind gives titles by default; the readable title and excerpt meta never
// hold encoded terms, so they get none.
const OPTIONS: PagefindOptions = { ranking: { metaWeights: { [SUBJECT_FIELD]: 5, title: 0, text: 0 } } };

const FACETS: [key: string, label: string][] = [
  ['category', '分类'],
  ['lawyer', '作者'],
  ['law', '引用的法律'],
];
// Results are shown ten at a time: each one shown costs a fragment download.
const PAGE = 10;
// How much more a page counts when it holds the query as one unbroken sequence: enough to pass
// pages that only scatter the same terms, not enough to pass a page whose subject holds them.
const PHRASE_BOOST = 3;
// Below this many results for all terms together, pages matching most of the terms are added.
const ENOUGH = 5;

/** Pagefind with every shard of the index merged in (see src/lib/search-shards.ts). */
async function loadPagefind(shards: number): Promise<Pagefind> {
  // The index is written after the site is built, so the bundler must not try to resolve it.
  const url = `${shardPath(0)}pagefind.js`;
  const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
  await pagefind.options(OPTIONS);
  for (let i = 1; i < shards; i++) await pagefind.mergeIndex(shardPath(i), OPTIONS);
  return pagefind;
}

type Search = (query: string | null, options: SearchOptions) => Promise<SearchResponse>;
type SearchOptions = NonNullable<Parameters<Pagefind['search']>[1]>;

/**
 * Pagefind's search over the merged shards. Pagefind sorts by date within each shard and then
 * interleaves the shards by score, so a date order is built from one search per shard (its filter
 * picks that shard's pages), concatenated newest shard first; shards hold consecutive date ranges.
 */
function searcher(pagefind: Pagefind, shards: number): Search {
  return async (query, options) => {
    if (shards < 2 || !options.sort) return pagefind.search(query, options);
    const parts = await Promise.all(
      Array.from({ length: shards }, (_, i) =>
        pagefind.search(query, {
          ...options,
          filters: { ...options.filters, [SHARD_FILTER]: { any: [String(i + 1)] } },
        }),
      ),
    );
    return { results: parts.flatMap((part) => part.results), filters: sumCounts(parts.map((part) => part.filters)) };
  };
}

function sumCounts(counts: SearchResponse['filters'][]): SearchResponse['filters'] {
  const sum: SearchResponse['filters'] = {};
  for (const filters of counts) {
    for (const [key, values] of Object.entries(filters)) {
      const into = (sum[key] ??= {});
      for (const [value, count] of Object.entries(values)) into[value] = (into[value] ?? 0) + count;
    }
  }
  return sum;
}

/**
 * Pages with all the terms, by Pagefind's relevance (which boosts a subject holding them), with
 * pages holding the terms as one unbroken sequence weighted up (民法典第469条 rather than pages citing
 * 第四百六十八条 and 第一百六十九条); when that finds too little, pages ranked by how many terms
 * they match.
 */
async function find(
  search: Search,
  terms: string[],
  phrase: string[] | undefined,
  options: SearchOptions,
): Promise<SearchResult[]> {
  const [all, exact] = await Promise.all([
    search(terms.length ? terms.join(' ') : null, options),
    // Sorted by date, the reader asked for the newest answers, not the closest.
    phrase && !options.sort ? search(`"${phrase.join(' ')}"`, options) : undefined,
  ]);
  const sequence = new Set(exact?.results.map((result) => result.id));
  const weighed = (result: SearchResult) => result.score * (sequence.has(result.id) ? PHRASE_BOOST : 1);
  const results = exact ? [...all.results].sort((a, b) => weighed(b) - weighed(a)) : all.results;
  if (results.length >= ENOUGH || terms.length < 2) return results;
  const each = await Promise.all(terms.map((term) => search(term, options)));
  const ranked = new Map<string, { result: SearchResult; hits: number; score: number }>();
  for (const response of each) {
    for (const result of response.results) {
      const seen = ranked.get(result.id) ?? { result, hits: 0, score: 0 };
      ranked.set(result.id, { result, hits: seen.hits + 1, score: seen.score + result.score });
    }
  }
  const found = new Set(results.map((result) => result.id));
  const more = [...ranked.values()]
    .filter((entry) => !found.has(entry.result.id) && entry.hits * 2 >= terms.length)
    .sort((a, b) => b.hits - a.hits || b.score - a.score)
    .map((entry) => entry.result);
  return [...results, ...more];
}

function renderResult(data: ResultData, words: string[]): HTMLLIElement {
  const li = document.createElement('li');
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  const excerpt = document.createElement('p');
  // highlightExcerpt escapes the page text and only adds <mark> elements.
  excerpt.innerHTML = highlightExcerpt(data.meta.text ?? '', words);
  const meta = document.createElement('p');
  meta.className = 'muted';
  meta.textContent = [data.meta.category, data.meta.date].filter(Boolean).join(' · ');
  li.append(heading, excerpt, meta);
  return li;
}

function renderFacets(
  container: HTMLElement,
  all: Record<string, Record<string, number>>,
  counts: Record<string, Record<string, number>>,
  chosen: URLSearchParams,
  form: HTMLFormElement,
) {
  container.replaceChildren(
    ...FACETS.filter(([key]) => all[key]).map(([key, label]) => {
      const fieldset = document.createElement('fieldset');
      const legend = document.createElement('legend');
      legend.textContent = label;
      fieldset.append(legend);
      for (const value of Object.keys(all[key]!).sort((a, b) => a.localeCompare(b, 'zh-CN'))) {
        const option = document.createElement('label');
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.name = key;
        box.value = value;
        box.checked = chosen.getAll(key).includes(value);
        box.addEventListener('change', () => form.requestSubmit());
        option.append(box, `${value}（${counts[key]?.[value] ?? 0}）`);
        fieldset.append(option);
      }
      return fieldset;
    }),
  );
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

async function run(
  ui: Elements,
  params: URLSearchParams,
  pagefind: () => Promise<Pagefind>,
  shards: number,
): Promise<void> {
  const { form, input, sort, options, facets, status, list, more } = ui;
  more.hidden = true;
  const query = params.get('q')?.trim() ?? '';
  input.value = query;
  sort.value = params.get('sort') === 'date' ? 'date' : '';
  const filters: Filters = {};
  for (const [key] of FACETS) if (params.getAll(key).length) filters[key] = { any: params.getAll(key) };
  const filtered = Object.keys(filters).length > 0;
  list.dataset.query = query;
  if (!query && !filtered) {
    list.replaceChildren();
    options.hidden = true;
    status.textContent = '输入关键词开始搜索，例如“商业秘密”或“第577条”。';
    list.setAttribute('aria-busy', 'false');
    return;
  }

  list.setAttribute('aria-busy', 'true');
  status.textContent = '正在搜索…';
  let facetsAfter: (() => Promise<void>) | undefined;
  try {
    const index = await pagefind();
    const synonyms = JSON.parse(list.dataset.synonyms ?? '{}') as SynonymMap;
    const { words, terms: readable, phrase } = queryTerms(query, synonyms);
    const terms = readable.map(encodeTerm);
    const search = searcher(index, shards);
    const searchOptions: SearchOptions = { filters, ...(sort.value === 'date' ? { sort: { date: 'desc' } } : {}) };
    const results = await find(search, terms, phrase?.map(encodeTerm), searchOptions);
    options.hidden = false;
    facetsAfter = () => showFacets(index, search, terms, searchOptions, facets, params, form);
    const about = query ? `与“${query}”相关的` : '';
    const show = async (from: number) => {
      const data = await Promise.all(results.slice(from, from + PAGE).map((result) => result.data()));
      const items = data.map((item) => renderResult(item, words));
      if (from === 0) list.replaceChildren(...items);
      else list.append(...items);
      const shown = Math.min(results.length, from + PAGE);
      status.textContent = `找到 ${results.length} 个${about}问题${results.length > shown ? `，显示前 ${shown} 个` : ''}。`;
      more.hidden = shown >= results.length;
      more.onclick = () => void show(shown);
      // Keyboard users continue where the new results start.
      if (from > 0) items[0]?.querySelector('a')?.focus();
    };
    if (results.length > 0) {
      await show(0);
    } else {
      list.replaceChildren();
      status.textContent = `没有找到${about}问题。${filtered ? '试试取消部分筛选条件，' : ''}换个说法或更短的关键词再试。`;
      if (filtered) {
        const clear = document.createElement('a');
        clear.href = `/search/?q=${encodeURIComponent(query)}`;
        clear.textContent = '取消全部筛选';
        status.append(' ', clear);
      }
    }
  } catch {
    status.textContent = '搜索暂时不可用，请稍后再试。';
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
    if (container.dataset.run === run) renderFacets(container, all, counts, params, form);
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
  const shards = Number(ui.list.dataset.searchShards ?? '1');
  let loading: Promise<Pagefind> | undefined;
  const pagefind = () => (loading ??= loadPagefind(shards));
  const current = () => new URLSearchParams(location.search);
  ui.form.addEventListener('submit', (event) => {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(ui.form)) if (typeof value === 'string' && value) params.append(key, value);
    history.pushState(null, '', `/search/?${params}`);
    void run(ui, params, pagefind, shards);
  });
  ui.sort.addEventListener('change', () => ui.form.requestSubmit());
  window.addEventListener('popstate', () => void run(ui, current(), pagefind, shards));
  void run(ui, current(), pagefind, shards);
}

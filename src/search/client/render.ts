// What the search page shows: result items, filter checkboxes and status lines. The status texts
// are pure functions; the rest builds DOM elements.
import { highlightExcerpt, highlightText } from '../highlight.ts';
import { offeredValues } from './facets.ts';
import type { FilterCounts, ResultData } from './types.ts';
import { FACETS } from './url-state.ts';

export const EMPTY_STATUS = '输入关键词开始搜索，例如“商业秘密”或“第577条”。';
export const SEARCHING_STATUS = '正在搜索…';
export const FAILED_STATUS = '搜索暂时不可用，请稍后再试。';

/**
 * `找到 12 个与“离婚”相关的问题，显示前 10 个。` `results` pages hold every word of the query;
 * `partial` more hold some of them and are listed apart.
 */
export function foundStatus(results: number, partial: number, shown: number, query: string): string {
  const found = results > 0 ? `找到 ${results} 个${about(query)}问题` : `没有找到包含全部关键词的问题`;
  const some = partial > 0 ? `，另有 ${partial} 个问题只包含部分关键词` : '';
  return `${found}${some}${results + partial > shown ? `，显示前 ${shown} 个` : ''}。`;
}

export function notFoundStatus(query: string, filtered: boolean): string {
  return `没有找到${about(query)}问题。${filtered ? '试试取消部分筛选条件，' : ''}换个说法或更短的关键词再试。`;
}

const about = (query: string) => (query ? `与“${query}”相关的` : '');

/** `（已选 2 项）` beside 筛选, or nothing when no filter is chosen. */
export const chosenLabel = (chosen: number): string => (chosen > 0 ? `（已选 ${chosen} 项）` : '');

/** A result: its title and an excerpt of the passage that matched, the query's words marked in both. */
export function renderResult(data: ResultData, words: readonly string[], heading: 'h2' | 'h3'): HTMLLIElement {
  const li = document.createElement('li');
  const title = document.createElement(heading);
  title.className = 'result-title';
  const link = document.createElement('a');
  link.href = data.url;
  // highlightText and highlightExcerpt escape the page text and only add <mark> elements.
  link.innerHTML = highlightText(data.meta.title ?? data.url, words);
  title.append(link);
  const excerpt = document.createElement('p');
  excerpt.className = 'excerpt';
  excerpt.innerHTML = highlightExcerpt(data.meta.text ?? '', words);
  const meta = document.createElement('p');
  meta.className = 'muted';
  meta.textContent = [data.meta.category, data.meta.date].filter(Boolean).join(' · ');
  li.append(title, excerpt, meta);
  return li;
}

/**
 * One fieldset of checkboxes per filter, offering the values that have results and those chosen,
 * each with its count (src/search/client/facets.ts). The boxes belong to the form `formId`, which
 * they stand outside of. Returns how many values are offered.
 */
export function renderFacets(
  container: HTMLElement,
  counts: FilterCounts,
  chosen: URLSearchParams,
  formId: string,
  onChange: () => void,
): number {
  let offered = 0;
  const fieldsets = FACETS.flatMap(([key, label]) => {
    const values = offeredValues(counts[key], chosen.getAll(key));
    if (values.length === 0) return [];
    offered += values.length;
    const fieldset = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = label;
    fieldset.append(legend);
    for (const value of values) {
      const option = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = key;
      box.value = value;
      box.setAttribute('form', formId);
      box.checked = chosen.getAll(key).includes(value);
      box.addEventListener('change', onChange);
      option.append(box, `${value}（${counts[key]?.[value] ?? 0}）`);
      fieldset.append(option);
    }
    return [fieldset];
  });
  container.replaceChildren(...fieldsets);
  return offered;
}

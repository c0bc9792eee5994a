// What the search page shows: result items, filter checkboxes and status lines. The status texts
// are pure functions; the rest builds DOM elements.
import { highlightExcerpt } from '../text.ts';
import type { FilterCounts, ResultData } from './types.ts';
import { FACETS } from './url-state.ts';

export const EMPTY_STATUS = '输入关键词开始搜索，例如“商业秘密”或“第577条”。';
export const SEARCHING_STATUS = '正在搜索…';
export const FAILED_STATUS = '搜索暂时不可用，请稍后再试。';

/** `找到 12 个与“离婚”相关的问题，显示前 10 个。` */
export function foundStatus(total: number, shown: number, query: string): string {
  return `找到 ${total} 个${about(query)}问题${total > shown ? `，显示前 ${shown} 个` : ''}。`;
}

export function notFoundStatus(query: string, filtered: boolean): string {
  return `没有找到${about(query)}问题。${filtered ? '试试取消部分筛选条件，' : ''}换个说法或更短的关键词再试。`;
}

const about = (query: string) => (query ? `与“${query}”相关的` : '');

export function renderResult(data: ResultData, words: readonly string[]): HTMLLIElement {
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

/** One fieldset of checkboxes per filter: every value in the index, with its count for this search. */
export function renderFacets(
  container: HTMLElement,
  all: FilterCounts,
  counts: FilterCounts,
  chosen: URLSearchParams,
  onChange: () => void,
): void {
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
        box.addEventListener('change', onChange);
        option.append(box, `${value}（${counts[key]?.[value] ?? 0}）`);
        fieldset.append(option);
      }
      return fieldset;
    }),
  );
}

// The search lives in the page's URL (`/search/?q=…&category=…&sort=date`), so a search can be
// shared and the back button returns to the previous one. Pure: URLSearchParams in, state out.
import type { Filters } from './types.ts';

/** The filters a search can carry, by Pagefind filter name, with their labels. */
export const FACETS: readonly (readonly [key: string, label: string])[] = [
  ['category', '分类'],
  ['lawyer', '作者'],
  ['law', '引用的法律'],
];

export interface SearchState {
  query: string;
  sort: '' | 'date';
  filters: Filters;
}

export function readSearchState(params: URLSearchParams): SearchState {
  const filters: Filters = {};
  for (const [key] of FACETS) if (params.getAll(key).length) filters[key] = { any: params.getAll(key) };
  return {
    query: params.get('q')?.trim() ?? '',
    sort: params.get('sort') === 'date' ? 'date' : '',
    filters,
  };
}

/** The search a submitted form asks for: its non-empty fields, in form order. */
export function formParams(fields: Iterable<[string, FormDataEntryValue]>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of fields) if (typeof value === 'string' && value) params.append(key, value);
  return params;
}

export const searchUrl = (params: URLSearchParams): string => `/search/?${params}`;

/** The same query without any filter. */
export const unfilteredUrl = (query: string): string => `/search/?q=${encodeURIComponent(query)}`;

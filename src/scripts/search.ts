// The search page's only client code: reads ?q=, asks Pagefind, renders the results.

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

interface Pagefind {
  search(query: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

const PAGE_SIZE = 20;

async function loadPagefind(): Promise<Pagefind> {
  // The index is written after the site is built, so the bundler must not try to resolve it.
  const url = '/pagefind/pagefind.js';
  return (await import(/* @vite-ignore */ url)) as Pagefind;
}

function render(item: PagefindResultData): HTMLLIElement {
  const li = document.createElement('li');
  const link = document.createElement('a');
  link.href = item.url;
  link.textContent = item.meta.title ?? item.url;
  const excerpt = document.createElement('p');
  // Pagefind escapes the page text and only adds <mark> around matches.
  excerpt.innerHTML = item.excerpt;
  li.append(link, excerpt);
  return li;
}

export async function startSearchPage(): Promise<void> {
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';
  if (!status || !list || !query) return;
  status.textContent = '正在搜索…';
  try {
    const pagefind = await loadPagefind();
    const { results } = await pagefind.search(query);
    const data = await Promise.all(results.slice(0, PAGE_SIZE).map((result) => result.data()));
    list.replaceChildren(...data.map(render));
    status.textContent = results.length
      ? `找到 ${results.length} 个相关问题`
      : `没有找到与“${query}”相关的问题，请换个说法试试。`;
  } catch {
    status.textContent = '搜索暂时不可用，请稍后再试。';
  }
}

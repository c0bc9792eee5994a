// Every URL the site links to is built here so that the trailing-slash rule and the URL scheme live
// in one place.

export const questionUrl = (slug: string) => `/questions/${slug}/`;

/** The file under the output folder that a page's URL serves (Astro's `build.format: 'directory'`). */
export const pageFile = (url: string) => `${url.replace(/^\//, '')}index.html`;

export const categoryUrl = (id: string, page = 1) => (page <= 1 ? `/categories/${id}/` : `/categories/${id}/${page}/`);

export const authorUrl = (author: { id: string; kind: 'lawyer' | 'editorial' }) =>
  author.kind === 'lawyer' ? `/lawyers/${author.id}/` : `/team/${author.id}/`;

/** A law's current version has the short URL; a superseded one is addressed by its effective date. */
export const lawUrl = (lawId: string, version: { effectiveFrom: string; current: boolean }) =>
  version.current ? `/laws/${lawId}/` : `/laws/${lawId}/versions/${version.effectiveFrom}/`;

export const articleUrl = (lawId: string, version: { effectiveFrom: string; current: boolean }, articleId: string) =>
  `${lawUrl(lawId, version)}${articleId}/`;

export const articleAnchor = (articleId: string) => `article-${articleId}`;

export const FEED_URL = '/feed.xml';

export const categoryFeedUrl = (id: string) => `/categories/${id}/feed.xml`;

/**
 * Where editors change a page's source: the repository's web editor (FAWEN_EDIT_BASE, see
 * src/settings.ts) followed by the file's path.
 */
export function editUrl(file: string, base: string): string {
  return `${base.replace(/\/?$/, '/')}${file.split('/').map(encodeURIComponent).join('/')}`;
}

import type { Catalog } from '../catalog/catalog.ts';
import type { IsoDate } from '../shared/dates.ts';
import { currentVersion } from '../laws/versions.ts';
import { authorUrl, categoryUrl, questionUrl } from '../shared/urls.ts';

export interface SitemapEntry {
  /** Absolute URL. */
  loc: string;
  lastmod?: IsoDate | undefined;
}

// Pages for people who are already on the site, or not pages at all: never offered to crawlers.
const NOT_INDEXABLE = ['/search/', '/404/', '/404.html'];

const latest = (dates: Iterable<IsoDate | undefined>): IsoDate | undefined =>
  [...dates].reduce<IsoDate | undefined>((a, b) => (b && (!a || b > a) ? b : a), undefined);

/**
 * The sitemap of the built pages, each with the date its content last changed: a question's own
 * last change, a list page's newest question, a law page's last import. Never the build time.
 * Redirect pages of renamed questions and pages marked noindex are left out.
 */
export function sitemapEntries(
  site: URL,
  pathnames: readonly string[],
  catalog: Catalog,
  redirects: Record<string, string>,
  lawChanged: (lawId: string) => IsoDate | undefined,
): SitemapEntry[] {
  const lastmod = new Map<string, IsoDate | undefined>();
  const all = latest(catalog.questions.map(catalog.lastChanged));
  lastmod.set('/', all);
  lastmod.set('/categories/', all);
  for (const question of catalog.questions) lastmod.set(questionUrl(question.id), catalog.lastChanged(question));
  for (const category of catalog.categories) {
    const questions = catalog.questionsInCategory(category.id);
    const newest = latest(questions.map(catalog.lastChanged));
    for (let page = 1; page <= Math.max(1, Math.ceil(questions.length / 20)); page++) {
      lastmod.set(categoryUrl(category.id, page), newest);
    }
  }
  for (const author of catalog.authors) {
    lastmod.set(
      authorUrl({ id: author.id, kind: author.data.kind }),
      latest(catalog.questionsBy(author.id).map(catalog.lastChanged)),
    );
  }
  const lawDates = catalog.laws.map((law) => lawChanged(law.id) ?? currentVersion(law.data).effectiveFrom);
  lastmod.set('/laws/', latest(lawDates));

  return pathnames
    .map((pathname) => `/${pathname.replace(/^\/+/, '')}`)
    .filter((pathname) => !NOT_INDEXABLE.includes(pathname) && !(pathname in redirects))
    .sort()
    .map((pathname) => {
      const law = /^\/laws\/([^/]+)\//.exec(pathname)?.[1];
      const date = law ? (lawChanged(law) ?? lastmod.get('/laws/')) : lastmod.get(pathname);
      return { loc: new URL(pathname, site).href, lastmod: date };
    });
}

const escapeXml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/** The sitemap files: `sitemap-index.xml` naming `sitemap-N.xml` files of at most 50,000 URLs each. */
export function sitemapFiles(site: URL, entries: readonly SitemapEntry[], perFile = 50_000): Map<string, string> {
  const files = new Map<string, string>();
  const chunks = Math.max(1, Math.ceil(entries.length / perFile));
  const index: string[] = [];
  for (let i = 0; i < chunks; i++) {
    const chunk = entries.slice(i * perFile, (i + 1) * perFile);
    const urls = chunk.map(
      (entry) =>
        `<url><loc>${escapeXml(entry.loc)}</loc>${entry.lastmod ? `<lastmod>${entry.lastmod}</lastmod>` : ''}</url>`,
    );
    files.set(
      `sitemap-${i}.xml`,
      `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`,
    );
    const newest = latest(chunk.map((entry) => entry.lastmod));
    index.push(
      `<sitemap><loc>${escapeXml(new URL(`/sitemap-${i}.xml`, site).href)}</loc>${newest ? `<lastmod>${newest}</lastmod>` : ''}</sitemap>`,
    );
  }
  files.set(
    'sitemap-index.xml',
    `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${index.join('\n')}\n</sitemapindex>\n`,
  );
  return files;
}

export function robotsTxt(site: URL): string {
  return `User-agent: *\nAllow: /\nDisallow: /search/\n\nSitemap: ${new URL('/sitemap-index.xml', site).href}\n`;
}

import { existsSync, statSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

/*
 * A crawler over a built `dist/` folder, reading files only (no server, no network): which pages
 * there are, what each one links to or loads, and which fragment targets (`id`s) each one has.
 */

/** One `href`, `src` or `srcset` candidate found in a page. */
export interface Reference {
  element: string;
  attribute: 'href' | 'src' | 'srcset';
  value: string;
}

export interface CrawledPage {
  /** The URL path the page is served at: `/`, `/questions/x/`, `/404.html`. */
  url: string;
  ids: Set<string>;
  references: Reference[];
}

/** Pages of a built site by URL path. */
export type CrawledSite = Map<string, CrawledPage>;

const ATTRIBUTES: Record<string, Reference['attribute'][]> = {
  a: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['srcset'],
};

/** `index.html` → `/`, `questions/x/index.html` → `/questions/x/`, `404.html` → `/404.html`. */
export function pageUrl(relativeFile: string): string {
  const url = `/${relativeFile.split(path.sep).join('/')}`;
  return url.endsWith('/index.html') ? url.slice(0, -'index.html'.length) : url;
}

/** The file a (decoded) URL path is served from: `/x/` → `x/index.html`, `/feed.xml` → `feed.xml`; none if absent. */
export function fileFor(dist: string, urlPath: string): string | undefined {
  const file = path.join(dist, urlPath, urlPath.endsWith('/') ? 'index.html' : '');
  // Never a folder: with `trailingSlash: 'always'`, `/x` (no slash) is a broken link even if `x/` exists.
  return file.startsWith(dist) && existsSync(file) && statSync(file).isFile() ? file : undefined;
}

function referencesIn(tree: Root): { ids: Set<string>; references: Reference[] } {
  const ids = new Set<string>();
  const references: Reference[] = [];
  visit(tree, 'element', (node: Element) => {
    const { id } = node.properties;
    if (typeof id === 'string' && id) ids.add(id);
    for (const attribute of ATTRIBUTES[node.tagName] ?? []) {
      const raw = node.properties[attribute === 'srcset' ? 'srcSet' : attribute];
      if (typeof raw !== 'string') continue;
      // A srcset is a comma-separated list of "url [descriptor]" candidates.
      const values =
        attribute === 'srcset' ? raw.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!) : [raw];
      for (const value of values) if (value) references.push({ element: node.tagName, attribute, value });
    }
  });
  return { ids, references };
}

/** Reads and parses every HTML file of a built site. */
export async function crawlSite(dist: string): Promise<CrawledSite> {
  const files = (await readdir(dist, { recursive: true })).filter((file) => file.endsWith('.html')).sort();
  const site: CrawledSite = new Map();
  for (const file of files) {
    const tree = fromHtml(await readFile(path.join(dist, file), 'utf8'));
    const url = pageUrl(file);
    site.set(url, { url, ...referencesIn(tree) });
  }
  return site;
}

/**
 * The site-internal URL a reference points to, resolved against the page it is on; undefined for
 * other sites and for schemes that are no address (`mailto:`, `tel:`, `javascript:`, `data:`).
 */
export function internalUrl(value: string, from: string, origin: string): URL | undefined {
  let url: URL;
  try {
    url = new URL(value, new URL(from, origin));
  } catch {
    return undefined;
  }
  return url.origin === origin ? url : undefined;
}

/** A URL's path as the site's folders spell it (pages are keyed by it), not percent-encoded. */
function pathOf(url: URL): string {
  try {
    return decodeURIComponent(url.pathname);
  } catch {
    // A malformed escape names no file; keep it as written so the report shows it.
    return url.pathname;
  }
}

export interface BrokenReference {
  page: string;
  reference: Reference;
  problem: string;
}

/**
 * Every internal reference that does not resolve: no file behind the path, or a `#fragment` that
 * is no `id` in the target page. `origin` is the site's own absolute origin, so canonical links
 * written with it count as internal.
 */
export function brokenReferences(site: CrawledSite, dist: string, origin: string): BrokenReference[] {
  const broken: BrokenReference[] = [];
  for (const page of site.values()) {
    for (const reference of page.references) {
      const url = internalUrl(reference.value, page.url, origin);
      if (!url) continue;
      if (!fileFor(dist, pathOf(url))) {
        broken.push({ page: page.url, reference, problem: `no file for ${pathOf(url)}` });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (!fragment) continue;
      const target = site.get(pathOf(url));
      if (!target) {
        broken.push({ page: page.url, reference, problem: `#${fragment} points into a file that is not a page` });
      } else if (!target.ids.has(fragment)) {
        broken.push({ page: page.url, reference, problem: `no id="${fragment}" in ${pathOf(url)}` });
      }
    }
  }
  return broken;
}

/** Pages reached from `start` by following `<a href>` links only, as a reader or a search engine would. */
export function reachablePages(site: CrawledSite, origin: string, start = '/'): Set<string> {
  const seen = new Set<string>([start]);
  const queue = [start];
  for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
    for (const reference of site.get(url)?.references ?? []) {
      if (reference.element !== 'a') continue;
      const resolved = internalUrl(reference.value, url, origin);
      const target = resolved && pathOf(resolved);
      if (target && site.has(target) && !seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return seen;
}

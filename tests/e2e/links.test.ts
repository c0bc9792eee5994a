import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sampleDist } from '../helpers/e2e.ts';
import {
  brokenReferences,
  crawlSite,
  reachablePages,
  type BrokenReference,
  type CrawledSite,
} from '../helpers/site-links.ts';
import { readSettings } from '../../src/settings.ts';

// The build's own origin, so that canonical links (absolute, with the site's address) are checked too.
const origin = new URL(readSettings().site).origin;

let dist: string;
let site: CrawledSite;

beforeAll(async () => {
  dist = await sampleDist();
  site = await crawlSite(dist);
});

/** One line per broken reference, grouped by the target so one missing page reads as one problem. */
function report(broken: BrokenReference[]): string {
  const byProblem = new Map<string, string[]>();
  for (const { page, reference, problem } of broken) {
    const where = `${page} <${reference.element} ${reference.attribute}="${reference.value}">`;
    byProblem.set(problem, [...(byProblem.get(problem) ?? []), where]);
  }
  return [...byProblem]
    .map(([problem, pages]) => [`${problem} (${pages.length}×)`, ...pages.slice(0, 5).map((p) => `  ${p}`)].join('\n'))
    .join('\n');
}

describe('links and assets of the built sample site', () => {
  it('crawls every page with its links, stylesheets and scripts', () => {
    expect(site.size).toBeGreaterThan(100);
    const home = site.get('/')!;
    const elements = new Set(home.references.map((reference) => reference.element));
    for (const element of ['a', 'link']) expect(elements, element).toContain(element);
    const search = site.get('/search/')!;
    expect(search.references.some((r) => r.element === 'script' && r.value.startsWith('/_astro/'))).toBe(true);
  });

  it('has a file behind every internal href and src, and an id behind every #fragment', () => {
    const fragments = [...site.values()].flatMap((page) => page.references.filter((r) => r.value.includes('#')));
    // The law pages' "在全文中查看" links are the fragment links that matter; make sure they were checked.
    expect(fragments.some((r) => /#article-/.test(r.value))).toBe(true);
    const broken = brokenReferences(site, dist, origin);
    expect(report(broken), `${broken.length} broken reference(s)`).toBe('');
  });

  it('reaches every page from the home page by following links', () => {
    const reached = reachablePages(site, origin);
    // The not-found page is served for missing URLs, never linked; search results are built in the
    // browser and feeds are no HTML pages, so neither is in the crawl.
    const unreached = [...site.keys()].filter((url) => !reached.has(url) && url !== '/404.html');
    expect(unreached).toEqual([]);
    expect(reached.has('/search/')).toBe(true);
  });
});

describe('the link crawler', () => {
  it('reports missing files, missing fragment targets and unreachable pages', async () => {
    const fake = await mkdtemp(path.join(tmpdir(), 'fawen-links-'));
    try {
      const page = (body: string) => `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`;
      await mkdir(path.join(fake, 'a'));
      await mkdir(path.join(fake, 'orphan'));
      await writeFile(
        path.join(fake, 'index.html'),
        page(
          '<a href="/a/#here">ok</a><a href="/a/#gone">bad fragment</a><a href="/missing/">bad page</a>' +
            `<a href="/a">no slash</a><link rel="canonical" href="${origin}/nowhere/"><a href="https://example.org/x/">out</a>` +
            '<img src="/pic.png" srcset="/pic.png 1x, /pic@2x.png 2x" alt="">',
        ),
      );
      await writeFile(path.join(fake, 'pic.png'), '');
      await writeFile(path.join(fake, 'a/index.html'), page('<h2 id="here">here</h2><a href="#top">top</a>'));
      await writeFile(path.join(fake, 'orphan/index.html'), page(''));
      const crawled = await crawlSite(fake);
      expect([...crawled.keys()].sort()).toEqual(['/', '/a/', '/orphan/']);
      const problems = brokenReferences(crawled, fake, origin)
        .map((b) => `${b.page} ${b.reference.value}: ${b.problem}`)
        .sort();
      expect(problems).toEqual(
        [
          '/ /a/#gone: no id="gone" in /a/',
          '/ /missing/: no file for /missing/',
          '/ /a: no file for /a',
          `/ ${origin}/nowhere/: no file for /nowhere/`,
          '/ /pic@2x.png: no file for /pic@2x.png',
          '/a/ #top: no id="top" in /a/',
        ].sort(),
      );
      expect([...reachablePages(crawled, origin)].sort()).toEqual(['/', '/a/']);
    } finally {
      await rm(fake, { recursive: true, force: true });
    }
  });
});

import fs from 'node:fs';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../publish/headers.ts';
import { redirectsFile } from '../publish/redirects.ts';
import { robotsTxt, sitemapEntries, sitemapFiles } from '../publish/sitemap.ts';
import type { CheckedContent } from './content-check.ts';

/**
 * Writes the files crawlers and CDNs read beside the pages: the sitemap (with each page's real last
 * change), robots.txt pointing to it, `_redirects` for renamed questions and `_headers` with the
 * Content Security Policy and caching rules.
 */
export default function publishFiles(checked: () => CheckedContent | undefined): AstroIntegration {
  let site: URL | undefined;
  return {
    name: 'fawen:publish-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
      },
      'astro:build:done': ({ dir, pages, logger }) => {
        const content = checked();
        if (!site || !content) throw new Error('publish-files needs `site` in the config and the checked content');
        const outDir = dir.pathname;
        const lawChanged = (lawId: string) => content.lastChanged.get(path.join(content.dir, 'laws', `${lawId}.json`));
        // The catalog the pages were built from, with the dates of last change read for it: building
        // it again cost a second at 10,000 questions.
        const entries = sitemapEntries(
          site,
          pages.map((page) => page.pathname),
          content.catalog,
          content.redirects,
          lawChanged,
        );
        for (const [name, xml] of sitemapFiles(site, entries)) fs.writeFileSync(path.join(outDir, name), xml);
        fs.writeFileSync(path.join(outDir, 'robots.txt'), robotsTxt(site));
        fs.writeFileSync(path.join(outDir, '_redirects'), redirectsFile(content.redirects));
        fs.writeFileSync(path.join(outDir, '_headers'), headersFile());
        logger.info(`sitemap of ${entries.length} pages, ${Object.keys(content.redirects).length} redirects`);
      },
    },
  };
}

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { searchDocument } from '../lib/search-document.ts';
import { searchSynonyms } from '../lib/search-dictionary.ts';
import { synonymExpander } from '../lib/synonyms.ts';
import type { CheckedContent } from './content-check.ts';

/**
 * Builds the search index of the finished site into `dist/pagefind/`. Every page with a
 * `data-pagefind-body` element is handed to Pagefind's Node API one at a time, rewritten into our
 * bigram tokens plus synonyms (see src/lib/search-text.ts), so nothing but the index itself grows
 * with the number of pages.
 */
export default function searchIndex(checked: () => CheckedContent | undefined): AstroIntegration {
  return {
    name: 'fawen:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const content = checked();
        if (!content) throw new Error('the search index needs the content checked at the start of the build');
        const expand = synonymExpander(searchSynonyms(content.loaded.synonyms, content.loaded.content.laws));

        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          let count = 0;
          for (const file of fs.globSync('**/*.html', { cwd: outDir }).sort()) {
            const document = searchDocument(fs.readFileSync(path.join(outDir, file), 'utf8'), expand);
            if (!document) continue;
            const url = `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
            const added = await index.addHTMLFile({ url, content: document });
            if (added.errors.length) throw new Error(`Pagefind could not index ${url}: ${added.errors.join('; ')}`);
            count++;
          }
          const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
          if (written.errors.length)
            throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          logger.info(`indexed ${count} pages for search`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

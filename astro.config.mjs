// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import { codeDigest } from './src/lib/code-digest.ts';
import { contentDir } from './src/lib/content-dir.ts';
import { loadLawLibrary } from './src/lib/content-files.ts';
import rehypeExternalLinks from './src/plugins/rehype-external-links.ts';
import remarkCitations from './src/plugins/remark-citations.ts';
import { answerSanitizeSchema } from './src/plugins/sanitize-schema.ts';
import contentCheck from './src/integrations/content-check.ts';
import drafts from './src/integrations/drafts.ts';
import searchIndex from './src/integrations/search-index.ts';
import siteFiles from './src/integrations/site-files.ts';

const site = process.env.FAWEN_SITE ?? 'https://fawen.example.cn';

/** @type {import('./src/integrations/content-check.ts').CheckedContent | undefined} */
let checked;

/** @type {import('./src/lib/law-library.ts').LawLibrary | undefined} */
let library;
// Loaded on first use, after the content check has validated the law files.
const lawLibrary = () => (library ??= checked?.library ?? loadLawLibrary(contentDir()));

export default defineConfig({
  site,
  trailingSlash: 'always',
  // No inline scripts or styles: the site runs under a strict Content Security Policy.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  outDir: process.env.FAWEN_OUT_DIR ?? './dist',
  cacheDir: process.env.FAWEN_CACHE_DIR ?? './node_modules/.astro',
  devToolbar: { enabled: false },
  markdown: {
    // Answers hold no code; skipping Shiki keeps builds fast.
    syntaxHighlight: false,
    processor: unified({
      // Chinese text needs no smart quotes; SmartyPants would also rewrite ASCII quotes in statute names.
      smartypants: false,
      remarkPlugins: [
        [
          remarkCitations,
          {
            library: lawLibrary,
            codeVersion: codeDigest(import.meta.dirname, ['src/schemas', 'src/plugins', 'src/lib']),
          },
        ],
      ],
      rehypePlugins: [rehypeRaw, [rehypeSanitize, answerSanitizeSchema], [rehypeExternalLinks, { site }]],
    }),
  },
  integrations: [
    contentCheck((result) => (checked = result)),
    drafts(),
    siteFiles(() => checked),
    searchIndex(() => checked),
  ],
});

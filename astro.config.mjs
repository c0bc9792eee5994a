// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import fs from 'node:fs';
import path from 'node:path';
import { cacheDir } from './src/lib/cache-dir.ts';
import { codeDigest } from './src/lib/code-digest.ts';
import { collectionStorageFor } from './src/lib/content-storage.ts';
import { contentDir } from './src/lib/content-dir.ts';
import { loadLawLibrary } from './src/lib/content-files.ts';
import { answerRehypePlugins, answerRemarkPlugins } from './src/plugins/answer-pipeline.ts';
import contentCheck from './src/integrations/content-check.ts';
import drafts from './src/integrations/drafts.ts';
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
  cacheDir: cacheDir(),
  devToolbar: { enabled: false },
  experimental: {
    // Question pages carry a cacheKey (src/lib/page-keys.ts): a rebuild renders only those that changed.
    incrementalBuild: true,
    collectionStorage: collectionStorageFor(
      fs.globSync('**/*.md', { cwd: path.resolve(contentDir(), 'questions') }).length,
    ),
  },
  markdown: {
    // Answers hold no code; skipping Shiki keeps builds fast.
    syntaxHighlight: false,
    processor: unified({
      // Chinese text needs no smart quotes; SmartyPants would also rewrite ASCII quotes in statute names.
      smartypants: false,
      remarkPlugins: answerRemarkPlugins({
        library: lawLibrary,
        codeVersion: codeDigest(import.meta.dirname, ['src/schemas', 'src/plugins', 'src/lib']),
      }),
      rehypePlugins: answerRehypePlugins(site),
    }),
  },
  integrations: [contentCheck((result) => (checked = result)), drafts(), siteFiles(() => checked)],
});

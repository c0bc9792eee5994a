// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import fs from 'node:fs';
import path from 'node:path';
import { codeVersion } from './src/code-version.ts';
import { collectionStorageFor } from './src/knowledge/store-format.ts';
import { loadLawLibrary } from './src/knowledge/files.ts';
import { answerRehypePlugins, answerRemarkPlugins } from './src/plugins/answer-pipeline.ts';
import contentCheck from './src/integrations/content-check.ts';
import drafts from './src/integrations/drafts.ts';
import publishFiles from './src/integrations/publish-files.ts';
import { readSettings } from './src/settings.ts';

const settings = readSettings();
const { site } = settings;

/** @type {import('./src/integrations/content-check.ts').CheckedContent | undefined} */
let checked;

/** @type {import('./src/laws/library.ts').LawLibrary | undefined} */
let library;
// Loaded on first use, after the content check has validated the law files.
const lawLibrary = () => (library ??= checked?.library ?? loadLawLibrary(settings.content));

export default defineConfig({
  site,
  trailingSlash: 'always',
  // No inline scripts or styles: the site runs under a strict Content Security Policy.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  outDir: settings.outDir,
  cacheDir: settings.cacheDir,
  devToolbar: { enabled: false },
  experimental: {
    // Question pages carry a cacheKey (src/catalog/page-keys.ts): a rebuild renders only those that changed.
    incrementalBuild: true,
    collectionStorage: collectionStorageFor(
      fs.globSync('**/*.md', { cwd: path.resolve(settings.content, 'questions') }).length,
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
        codeVersion: codeVersion(),
      }),
      rehypePlugins: answerRehypePlugins(site),
    }),
  },
  integrations: [contentCheck(settings.content, (result) => (checked = result)), drafts(), publishFiles(() => checked)],
});

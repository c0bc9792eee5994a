// @ts-check
import { defineConfig } from 'astro/config';
import contentCheck from './src/integrations/content-check.ts';
import drafts from './src/integrations/drafts.ts';
import pageKeysFile from './src/integrations/page-keys-file.ts';
import publishFiles from './src/integrations/publish-files.ts';
import { readSettings } from './src/settings.ts';

const settings = readSettings();

/** @type {import('./src/integrations/content-check.ts').CheckedContent | undefined} */
let checked;

export default defineConfig({
  site: settings.site,
  trailingSlash: 'always',
  // No inline scripts or styles: the site runs under a strict Content Security Policy.
  // Sixteen pages at a time: Astro restores an unchanged page from its cache with a chain of awaited
  // file operations, and a page waits for its answer from the rendering thread; one at a time, the
  // process sat idle through both (10,000 questions, nothing changed: 24 s at 1, 18 s at 4, 16 s at 16).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 16 },
  vite: { build: { assetsInlineLimit: 0 } },
  outDir: settings.outDir,
  cacheDir: settings.cacheDir,
  devToolbar: { enabled: false },
  experimental: {
    // Pages carry a cacheKey (src/catalog/page-keys.ts): a rebuild renders only those that changed.
    incrementalBuild: true,
  },
  // Answers are rendered by src/answers/, not by Astro's Markdown pipeline: the site has no Markdown pages.
  integrations: [
    contentCheck(settings, (result) => (checked = result)),
    drafts(),
    publishFiles(() => checked),
    pageKeysFile(settings),
  ],
});

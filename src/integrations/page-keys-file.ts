import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { takePageKeys } from '../build/handoff.ts';
import { writePageKeys } from '../search/indexing/page-keys.ts';
import type { Settings } from '../settings.ts';

/**
 * Writes the cache keys the pages were built with into the build cache once every page is written,
 * for `npm run build`'s search index step (src/search/indexing/page-keys.ts).
 */
export default function pageKeysFile(settings: Pick<Settings, 'cacheDir'>): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'fawen:page-keys',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = path.resolve(fileURLToPath(config.root), settings.cacheDir);
      },
      'astro:build:done': () => writePageKeys(cacheDir, takePageKeys()),
    },
  };
}

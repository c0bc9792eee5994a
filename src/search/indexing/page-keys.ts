import fs from 'node:fs';
import path from 'node:path';

// The question pages' cache keys (src/catalog/page-keys.ts) of the last `astro build`, by output
// file. Astro restores a page whose key and code are unchanged from its cache, so the same key under
// the same site code means the same page: the index step then takes the page's search body digest
// from the last full index instead of reading the page (at 10,000 questions, reading every page
// took 1.2 s of a warm rebuild; it grows with the site).

const FILE = 'fawen-page-keys.json';

/** Written by the build at its end (src/integrations/page-keys-file.ts), in the build cache. */
export function writePageKeys(cacheDir: string, keys: ReadonlyMap<string, string>): void {
  fs.mkdirSync(cacheDir, { recursive: true });
  fs.writeFileSync(path.join(cacheDir, FILE), JSON.stringify(Object.fromEntries(keys)));
}

/** The keys the last build wrote; empty when there are none, so every page is read. */
export function readPageKeys(cacheDir: string): Map<string, string> {
  try {
    return new Map(
      Object.entries(JSON.parse(fs.readFileSync(path.join(cacheDir, FILE), 'utf8')) as Record<string, string>),
    );
  } catch {
    return new Map();
  }
}

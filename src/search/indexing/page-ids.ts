import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

// Pagefind names each page by the digest of its fragment (`unknown_42bde03`), and the search page
// gets only that name with a result until it downloads the fragment. To leave out a shard's copy of
// a page that the delta index replaces, the build reads the names back from the fragments it wrote.

/** Pagefind's marker at the start of every decompressed index file. */
const SIGNATURE = 'pagefind_dcd';

/** Each page's Pagefind id in the index written to `indexDir`, by the page's file under the site. */
export function pageIds(indexDir: string): Record<string, string> {
  const ids: Record<string, string> = {};
  const fragments = path.join(indexDir, 'fragment');
  for (const name of fs.readdirSync(fragments)) {
    const bytes = gunzipSync(fs.readFileSync(path.join(fragments, name)));
    if (bytes.subarray(0, SIGNATURE.length).toString() !== SIGNATURE) {
      throw new Error(`${path.join(fragments, name)} is not a Pagefind fragment this version can read`);
    }
    const { url } = JSON.parse(bytes.subarray(SIGNATURE.length).toString('utf8')) as { url: string };
    ids[fileOfUrl(url)] = name.replace(/\.pf_fragment$/, '');
  }
  return ids;
}

/** The file a page was indexed from, from the URL Pagefind gave it: `/a/b/` came from `a/b/index.html`. */
export function fileOfUrl(url: string): string {
  const file = decodeURI(url).replace(/^\//, '');
  return file === '' || file.endsWith('/') ? `${file}index.html` : file;
}

import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { SUBJECT_FIELD } from '../document.ts';

// The fragments of a written Pagefind index: one gzipped JSON file a page, named by its Pagefind id
// (`unknown_42bde03`), which is all a search result carries until its fragment is downloaded.

/** Pagefind's marker at the start of every decompressed index file. */
const SIGNATURE = 'pagefind_dcd';

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
}

/**
 * Takes the encoded terms, which no reader should see, out of every fragment of the index written to
 * `indexDir`, and gives each page's Pagefind id by the page's file under the site (the delta's
 * manifest names the shard copies it replaces by these ids). The encoded terms are the indexed text
 * Pagefind keeps for excerpts and the subject meta, which is there to be searched; the search page cuts
 * its excerpts from the page's `text` meta (src/search/document.ts). A reader downloads a fragment for
 * each result shown: on the sample, a fragment went from 3.7 to 1.4 KB. Pagefind's search reads
 * neither: it searches its index, where both stay.
 */
export function stripFragments(indexDir: string): Record<string, string> {
  const ids: Record<string, string> = {};
  const folder = path.join(indexDir, 'fragment');
  for (const name of fs.readdirSync(folder)) {
    const file = path.join(folder, name);
    const bytes = gunzipSync(fs.readFileSync(file));
    if (bytes.subarray(0, SIGNATURE.length).toString() !== SIGNATURE) {
      throw new Error(`${file} is not a Pagefind fragment this version can read`);
    }
    const fragment = JSON.parse(bytes.subarray(SIGNATURE.length).toString('utf8')) as Fragment;
    const { [SUBJECT_FIELD]: _subject, ...meta } = fragment.meta;
    const json = JSON.stringify({ ...fragment, content: '', meta });
    fs.writeFileSync(file, gzipSync(Buffer.from(SIGNATURE + json), { level: 9 }));
    ids[fileOfUrl(fragment.url)] = name.replace(/\.pf_fragment$/, '');
  }
  return ids;
}

/** The file a page was indexed from, from the URL Pagefind gave it: `/a/b/` came from `a/b/index.html`. */
function fileOfUrl(url: string): string {
  const file = decodeURI(url).replace(/^\//, '');
  return file === '' || file.endsWith('/') ? `${file}index.html` : file;
}

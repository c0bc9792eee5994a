// One search index (a full shard or the delta), written in a worker thread by the worker's own
// Pagefind process, which exits afterwards, returning all of its memory before the next one starts.
// The index is written into its cache entry, its fragments without the indexed text, with each
// page's Pagefind id beside it (fragments.ts).
// The documents are written to a folder that Pagefind reads itself: handing them over one message
// at a time cost 1.9 ms a page, reading the folder 0.7 ms (4,000 pages of a 10,000-question site).
import fs from 'node:fs';
import path from 'node:path';
import { parentPort, threadId, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { searchDocument } from '../document.ts';
import type { SynonymMap } from '../synonyms.ts';
import { synonymExpander } from '../synonyms.ts';
import { ENTRY_IDS, ENTRY_INDEX } from './cache-entry.ts';
import { stripFragments } from './fragments.ts';

export interface ShardJob {
  /** The site's output folder. */
  outDir: string;
  /** The pages' files under it: each is read here, so the build's main thread holds no page text. */
  files: string[];
  synonyms: SynonymMap;
  /** Filters every page of this index gets (its shard's number). */
  filters: Record<string, string>;
  /** The cache entry to write: the index into `index/`, the pages' ids into `ids.json`. */
  entry: string;
}

async function writeEntry({ outDir, files, synonyms, filters, entry }: ShardJob): Promise<void> {
  const writing = `${entry}.writing-${process.pid}-${threadId}`;
  const index = path.join(writing, ENTRY_INDEX);
  await writeIndex(outDir, files, index, synonyms, filters);
  fs.writeFileSync(path.join(writing, ENTRY_IDS), JSON.stringify(stripFragments(index)));
  fs.rmSync(entry, { recursive: true, force: true });
  fs.renameSync(writing, entry);
}

async function writeIndex(
  outDir: string,
  files: readonly string[],
  outputPath: string,
  synonyms: SynonymMap,
  filters: Record<string, string>,
): Promise<void> {
  const expand = synonymExpander(synonyms);
  const documents = `${outputPath}.documents`;
  for (const file of files) {
    const document = searchDocument(fs.readFileSync(path.join(outDir, file), 'utf8'), expand, filters);
    if (document === undefined) throw new Error(`${file} lost its data-pagefind-body element while being indexed`);
    fs.mkdirSync(path.dirname(path.join(documents, file)), { recursive: true });
    fs.writeFileSync(path.join(documents, file), document);
  }
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: documents });
    if (added.errors.length) throw new Error(`Pagefind could not index the pages: ${added.errors.join('; ')}`);
    if (added.page_count !== files.length) {
      throw new Error(`Pagefind indexed ${added.page_count} of the shard's ${files.length} pages`);
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    // The search page has its own interface; Pagefind's prebuilt ones would only take up space.
    for (const file of fs.globSync('pagefind-{ui,component-ui,modular-ui,highlight}.*', { cwd: outputPath })) {
      fs.rmSync(path.join(outputPath, file));
    }
  } finally {
    await pagefind.close();
    fs.rmSync(documents, { recursive: true, force: true });
  }
}

await writeEntry(workerData as ShardJob);
parentPort!.postMessage('written');

// One search shard, in a worker thread. If the cache holds an index built from the same search
// bodies, it is copied; otherwise the shard's pages are rewritten into search documents and indexed
// by the worker's own Pagefind process, which exits afterwards, returning all of its memory before
// the next shard starts. The index is written into the cache first, then copied into the site.
// The documents are written to a folder that Pagefind reads itself: handing them over one message
// at a time cost 1.9 ms a page, reading the folder 0.7 ms (4,000 pages of a 10,000-question site).
import fs from 'node:fs';
import path from 'node:path';
import { parentPort, threadId, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { searchBody, searchDocument } from '../document.ts';
import { SHARD_FILTER } from '../shards.ts';
import { shardKey } from './shard-key.ts';
import type { SynonymMap } from '../synonyms.ts';
import { synonymExpander } from '../synonyms.ts';

export interface ShardJob {
  outDir: string;
  /** Page files relative to outDir. */
  files: string[];
  outputPath: string;
  synonyms: SynonymMap;
  /** This shard's number when there are several: its pages get a filter for sorting by date. */
  shard?: number;
  /** Folder of written shard indexes by key, and the version of the code that writes them. */
  cache: { dir: string; version: string };
}

export interface ShardResult {
  pages: number;
  key: string;
  cached: boolean;
}

async function buildShard(job: ShardJob): Promise<ShardResult> {
  const { outDir, files, outputPath, synonyms, shard, cache } = job;
  const filters: Record<string, string> = shard === undefined ? {} : { [SHARD_FILTER]: String(shard) };
  const pages = files.map((file) => {
    const body = searchBody(fs.readFileSync(path.join(outDir, file), 'utf8'));
    if (body === undefined) throw new Error(`${file} lost its data-pagefind-body element while being indexed`);
    return { file, body };
  });
  const key = shardKey(cache.version, synonyms, filters, pages);
  const cached = path.join(cache.dir, key);
  const hit = fs.existsSync(path.join(cached, 'pagefind-entry.json'));
  if (!hit) {
    const writing = `${cached}.writing-${process.pid}-${threadId}`;
    await writeIndex(pages, writing, synonyms, filters);
    fs.rmSync(cached, { recursive: true, force: true });
    fs.renameSync(writing, cached);
  }
  fs.cpSync(cached, outputPath, { recursive: true });
  return { pages: pages.length, key, cached: hit };
}

async function writeIndex(
  pages: readonly { file: string; body: string }[],
  outputPath: string,
  synonyms: SynonymMap,
  filters: Record<string, string>,
): Promise<void> {
  const expand = synonymExpander(synonyms);
  const documents = `${outputPath}.documents`;
  for (const { file, body } of pages) {
    fs.mkdirSync(path.dirname(path.join(documents, file)), { recursive: true });
    fs.writeFileSync(path.join(documents, file), searchDocument(body, expand, filters)!);
  }
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: documents });
    if (added.errors.length) throw new Error(`Pagefind could not index the pages: ${added.errors.join('; ')}`);
    if (added.page_count !== pages.length) {
      throw new Error(`Pagefind indexed ${added.page_count} of the shard's ${pages.length} pages`);
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

parentPort!.postMessage(await buildShard(workerData as ShardJob));

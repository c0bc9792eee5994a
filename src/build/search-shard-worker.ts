// One search shard, built in a worker thread with its own Pagefind process: the shard's pages are
// rewritten into search documents and indexed, the index is written, and the Pagefind process
// exits, returning all of its memory before the next shard starts.
import fs from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { searchDocument } from '../lib/search-document.ts';
import { SHARD_FILTER } from '../lib/search-shards.ts';
import type { SynonymMap } from '../lib/synonyms.ts';
import { synonymExpander } from '../lib/synonyms.ts';

export interface ShardJob {
  outDir: string;
  /** Page files relative to outDir. */
  files: string[];
  outputPath: string;
  synonyms: SynonymMap;
  /** This shard's number when there are several: its pages get a filter for sorting by date. */
  shard?: number;
}

async function buildShard({ outDir, files, outputPath, synonyms, shard }: ShardJob): Promise<number> {
  const filters: Record<string, string> = shard === undefined ? {} : { [SHARD_FILTER]: String(shard) };
  const expand = synonymExpander(synonyms);
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    let count = 0;
    for (const file of files) {
      const document = searchDocument(fs.readFileSync(path.join(outDir, file), 'utf8'), expand, filters);
      if (!document) throw new Error(`${file} lost its data-pagefind-body element while being indexed`);
      const url = `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
      const added = await index.addHTMLFile({ url, content: document });
      if (added.errors.length) throw new Error(`Pagefind could not index ${url}: ${added.errors.join('; ')}`);
      count++;
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    // The search page has its own interface; Pagefind's prebuilt ones would only take up space.
    for (const file of fs.globSync('pagefind-{ui,component-ui,modular-ui,highlight}.*', { cwd: outputPath })) {
      fs.rmSync(path.join(outputPath, file));
    }
    return count;
  } finally {
    await pagefind.close();
  }
}

parentPort!.postMessage(await buildShard(workerData as ShardJob));

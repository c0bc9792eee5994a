import path from 'node:path';
import { answerCache, answersCacheDir } from '../answers/cache.ts';
import { answerKey, pipelineVersion } from '../answers/key.ts';
import { createAnswerRenderer, type RenderAnswer } from '../answers/renderer.ts';
import { buildCatalog, type Catalog } from '../catalog/catalog.ts';
import { pageKeys, type PageKeys } from '../catalog/page-keys.ts';
import { checkContent, checkMemo, type CheckResult } from '../check/check-content.ts';
import { readCorrespondenceOverrides, readSynonyms } from '../knowledge/files.ts';
import { gitLastChanged } from '../knowledge/git-dates.ts';
import { ContentError, errorsOf } from '../knowledge/problems.ts';
import { searchSynonyms } from '../search/dictionary.ts';
import { shardCount } from '../search/shards.ts';
import type { SynonymMap } from '../search/synonyms.ts';
import { readSettings } from '../settings.ts';
import { editUrl } from '../shared/urls.ts';
import { answerRenderedAhead, contentGeneration, takeCheckedContent } from '../check/handoff.ts';

// The one place where the knowledge base meets the pages. Questions are read from disk by the same
// loader as `npm run check`, not through Astro's content layer: Astro's store would hold every
// answer, be written to disk, bundled into the build as one module and kept in memory while
// rendering (73 MB at 10,000 questions; at 100,000 it no longer fit). Answers are rendered once
// per content and code into a cache on disk (src/answers/), which pages read.

// Read once per build: every page of a build sees the same settings.
const settings = readSettings();
const root = import.meta.env.FAWEN_ROOT;
const contentDir = path.resolve(root, settings.content);
const cache = answerCache(answersCacheDir(root, settings.cacheDir));

interface Site {
  catalog: Catalog;
  /** pipelineVersion() of this content and code: part of every answer's key. */
  pipeline: string;
}

let site: { generation: number; value: Site } | undefined;
let renderer: { pipeline: string; render: Promise<RenderAnswer> } | undefined;
// `npm run dev` reloads the content after each edit; unchanged files are not read or checked again.
const memo = checkMemo();

function load(): Site {
  // A build hands over the content its check has just loaded and validated (src/integrations/content-check.ts).
  const checked: CheckResult = takeCheckedContent() ?? checkContent(contentDir, root, memo);
  const errors = errorsOf(checked.problems);
  if (errors.length > 0) throw new ContentError(errors);
  const { content, overrides } = checked.loaded;
  const changed = gitLastChanged(contentDir);
  const catalog = buildCatalog(content, checked.library, {
    includeDrafts: import.meta.env.FAWEN_SHOW_DRAFTS,
    lastChanged: (file) => changed.get(path.resolve(root, file)),
  });
  const pipeline = pipelineVersion({
    codeVersion: import.meta.env.FAWEN_CODE_VERSION,
    site: settings.site,
    laws: content.laws,
    overrides,
  });
  return { catalog, pipeline };
}

function current(): Site {
  const generation = contentGeneration();
  if (site?.generation !== generation) site = { generation, value: load() };
  return site.value;
}

/**
 * The site's cross-page data, validated and computed once per build and shared by every page.
 * Invalid content stops the build here with every problem listed.
 */
export async function getCatalog(): Promise<Catalog> {
  return current().catalog;
}

/** The answer's HTML as rendered by the answers' Markdown pipeline (sanitized, citations linked). */
export async function answerHtml(slug: string): Promise<string> {
  const { catalog, pipeline } = current();
  const question = catalog.question(slug);
  if (!question) throw new Error(`no question “${slug}”`);
  const key = answerKey(pipeline, question);
  await answerRenderedAhead(key);
  const cached = cache.read(key);
  if (cached !== undefined) return cached;
  // Not rendered ahead (`npm run dev`, or an answer the build's threads did not reach): render it here.
  if (renderer?.pipeline !== pipeline) {
    renderer = { pipeline, render: createAnswerRenderer({ site: settings.site, library: catalog.library, root }) };
  }
  const html = await (await renderer.render)(question);
  cache.write(key, html);
  return html;
}

/** How many search shards the search page merges: one per `SHARD_PAGES` published questions. */
export async function getSearchShardCount(): Promise<number> {
  return shardCount(current().catalog.questions.length, settings.searchShardPages);
}

/** Synonyms and law names the search page keeps whole in a query and rewrites to their group's word. */
export async function getSearchSynonyms(): Promise<SynonymMap> {
  return searchSynonyms(readSynonyms(contentDir), current().catalog.laws);
}

/** Each page's key for Astro's incremental build (src/catalog/page-keys.ts); a question's includes its answer's key. */
export async function getPageKeys(): Promise<Omit<PageKeys, 'question'> & { question(slug: string): string }> {
  const { catalog, pipeline } = current();
  const keys = pageKeys(catalog, readCorrespondenceOverrides(contentDir), settings.editBase);
  return { ...keys, question: (slug) => keys.question(slug, answerKey(pipeline, catalog.question(slug)!)) };
}

/** Where editors change a question's source file in the repository's web editor. */
export const questionEditUrl = (file: string): string => editUrl(file, settings.editBase);

import path from 'node:path';
import { answerKeys } from '../answers/key.ts';
import type { Catalog } from '../catalog/catalog.ts';
import { catalogOf } from '../build/catalog-of.ts';
import type { QuestionEntry } from '../knowledge/model.ts';
import { pageKeys, type PageKeys } from '../catalog/page-keys.ts';
import { checkContent, checkMemo } from '../check/check-content.ts';
import { readSynonyms } from '../knowledge/files.ts';
import { ContentError, errorsOf } from '../knowledge/problems.ts';
import { searchSynonyms } from '../search/dictionary.ts';
import type { SynonymMap } from '../search/synonyms.ts';
import { readSettings } from '../settings.ts';
import { editUrl } from '../shared/urls.ts';
import { codeVersionHandedOver, contentGeneration, takeCheckedSite } from '../build/handoff.ts';

// The one place where the knowledge base meets the pages. Questions are read from disk by the same
// loader as `npm run check`, not through Astro's content layer: Astro's store would hold every
// answer, be written to disk, bundled into the build as one module and kept in memory while
// rendering (73 MB at 10,000 questions; at 100,000 it no longer fit). Answers are rendered once
// per content and code into a cache on disk (src/answers/), which pages read through
// src/data/answers.ts.

// Read once per build: every page of a build sees the same settings.
const settings = readSettings();
const root = import.meta.env.FAWEN_ROOT;
const contentDir = path.resolve(root, settings.content);

export interface Site {
  catalog: Catalog;
  /** Each answer's key (src/answers/key.ts). */
  answerKey: (question: QuestionEntry) => string;
}

let site: { generation: number; value: Site } | undefined;
// `npm run dev` reloads the content after each edit; unchanged files are not read or checked again.
const memo = checkMemo();

function load(): Site {
  // A build hands over the content its check has just loaded and validated, with its catalog
  // (src/integrations/content-check.ts).
  const handed = takeCheckedSite();
  if (handed) return { catalog: handed.catalog, answerKey: handed.answerKey };
  const catalog = loadCatalog();
  return { catalog, answerKey: answerKeys(catalog, { codeVersion: codeVersionHandedOver(), site: settings.site }) };
}

function loadCatalog(): Catalog {
  const checked = checkContent(contentDir, root, memo);
  const errors = errorsOf(checked.problems);
  if (errors.length > 0) throw new ContentError(errors);
  return catalogOf(checked, { root, contentDir, includeDrafts: import.meta.env.FAWEN_SHOW_DRAFTS });
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

/** The catalog with each answer's key (src/answers/key.ts), for src/data/answers.ts. */
export async function getCatalogWithAnswerKeys(): Promise<Site> {
  return current();
}

/** Synonyms and law names the search page keeps whole in a query and rewrites to their group's word. */
export async function getSearchSynonyms(): Promise<SynonymMap> {
  return searchSynonyms(readSynonyms(contentDir), current().catalog.laws);
}

/** Each page's key for Astro's incremental build (src/catalog/page-keys.ts); a question's includes its answer's key. */
export async function getPageKeys(): Promise<Omit<PageKeys, 'question'> & { question(slug: string): string }> {
  const { catalog, answerKey } = current();
  const keys = pageKeys(catalog, settings.editBase);
  return { ...keys, question: (slug) => keys.question(slug, answerKey(catalog.question(slug)!)) };
}

/** Where editors change a question's source file in the repository's web editor. */
export const questionEditUrl = (file: string): string => editUrl(file, settings.editBase);

import path from 'node:path';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { buildCatalog, type Catalog } from '../catalog/catalog.ts';
import { slugOf, type ContentSet } from '../knowledge/model.ts';
import { readCorrespondenceOverrides, readMarkdownBody, readSynonyms } from '../knowledge/files.ts';
import { gitLastChanged } from '../knowledge/git-dates.ts';
import { lawLibrary } from '../laws/library.ts';
import { questionPageKeys } from '../catalog/page-keys.ts';
import { searchSynonyms } from '../search/dictionary.ts';
import { shardCount } from '../search/shards.ts';
import type { SynonymMap } from '../search/synonyms.ts';
import { ContentError, errorsOf } from '../knowledge/problems.ts';
import { validateContent } from '../check/cross-file.ts';
import { readSettings } from '../settings.ts';
import { editUrl } from '../shared/urls.ts';

// Read once per build: every page of a build sees the same settings.
const settings = readSettings();

const entriesBySlug = new Map<string, CollectionEntry<'questions'>>();

// Astro's data store keeps no answer text (`retainBody: false` in content.config.ts), only the
// rendered HTML: the store is held in memory and bundled into the build, and the Markdown would
// add half again to it. The catalog reads each answer once per build instead, for its citations.
function answerBody(filePath: string): string {
  return readMarkdownBody(path.resolve(import.meta.env.FAWEN_ROOT ?? process.cwd(), filePath));
}

// The one place where Astro's collections become the plain ContentSet the rest of the code uses.
async function loadContent(): Promise<ContentSet> {
  const [questions, authors, categories, laws] = await Promise.all([
    getCollection('questions'),
    getCollection('lawyers'),
    getCollection('categories'),
    getCollection('laws'),
  ]);
  return {
    questions: questions.map((entry) => {
      const file = entry.filePath ?? entry.id;
      const { data } = entry;
      entriesBySlug.set(slugOf(file), entry);
      return {
        id: slugOf(file),
        file,
        body: entry.body ?? answerBody(file),
        data: {
          ...data,
          category: data.category.id,
          lawyer: data.lawyer.id,
          related: data.related.map((ref) => ref.id),
          statutes: data.statutes.map((statute) => ({ ...statute, law: statute.law.id })),
        },
      };
    }),
    authors: authors.map(({ id, filePath, data }) => ({ id, file: filePath ?? id, data })),
    categories: categories.map(({ id, filePath, data }) => ({ id, file: filePath ?? id, data })),
    laws: laws.map(({ id, filePath, data }) => ({ id, file: filePath ?? id, data })),
  };
}

let catalog: Promise<Catalog> | undefined;

/**
 * The site's cross-page data, validated and computed once per build and shared by every page.
 * Invalid content stops the build here with every problem listed.
 */
export function getCatalog(): Promise<Catalog> {
  catalog ??= loadContent().then((content) => {
    const library = lawLibrary(content.laws, readCorrespondenceOverrides(settings.content));
    if (!import.meta.env.FAWEN_CONTENT_CHECKED) {
      const errors = errorsOf(validateContent(content, library));
      if (errors.length > 0) throw new ContentError(errors);
    }
    const changed = gitLastChanged(path.resolve(settings.content));
    return buildCatalog(content, library, {
      includeDrafts: import.meta.env.FAWEN_SHOW_DRAFTS,
      lastChanged: (file) => changed.get(path.resolve(file)),
    });
  });
  return catalog;
}

/** The answer of a question rendered through the configured remark/rehype pipeline. */
export async function renderAnswer(slug: string) {
  await getCatalog();
  const entry = entriesBySlug.get(slug);
  if (!entry) throw new Error(`no question “${slug}”`);
  return render(entry);
}

/** How many search shards the search page merges: one per `SHARD_PAGES` published questions. */
export async function getSearchShardCount(): Promise<number> {
  return shardCount((await getCatalog()).questions.length, settings.searchShardPages);
}

/** Synonyms and law names the search page keeps whole in a query and rewrites to their group's word. */
export async function getSearchSynonyms(): Promise<SynonymMap> {
  const catalog = await getCatalog();
  return searchSynonyms(readSynonyms(settings.content), catalog.laws);
}

/** The answer's HTML as rendered by the build's Markdown pipeline (sanitized, citations linked). */
export async function answerHtml(slug: string): Promise<string> {
  await getCatalog();
  return renderedHtml(slug);
}

const renderedHtml = (slug: string) => entriesBySlug.get(slug)?.rendered?.html ?? '';

/** Each question page's key for Astro's incremental build (src/catalog/page-keys.ts). */
export async function getQuestionPageKey(): Promise<(slug: string) => string> {
  const key = questionPageKeys(await getCatalog(), readCorrespondenceOverrides(settings.content), settings.editBase);
  return (slug) => key(slug, renderedHtml(slug));
}

/** Where editors change a question's source file in the repository's web editor. */
export const questionEditUrl = (file: string): string => editUrl(file, settings.editBase);

import { answerCache, answersCacheDir } from '../answers/cache.ts';
import { createAnswerRenderer, type RenderAnswer } from '../answers/renderer.ts';
import { answerRenderedAhead } from '../build/handoff.ts';
import type { Catalog } from '../catalog/catalog.ts';
import { readSettings } from '../settings.ts';
import { getCatalogWithAnswerKeys } from './catalog.ts';

// Rendered answers for the pages that show them (question pages, feeds), apart from the catalog:
// Astro keys each page by the code it imports, so only these pages import the Markdown pipeline,
// and editing it leaves law, list and article pages in the cache.

const settings = readSettings();
const root = import.meta.env.FAWEN_ROOT;
const cache = answerCache(answersCacheDir(root, settings.cacheDir));
let renderer: { catalog: Catalog; render: Promise<RenderAnswer> } | undefined;

/** The answer's HTML as rendered by the answers' Markdown pipeline (sanitized, citations linked). */
export async function answerHtml(slug: string): Promise<string> {
  const { catalog, answerKey } = await getCatalogWithAnswerKeys();
  const question = catalog.question(slug);
  if (!question) throw new Error(`no question “${slug}”`);
  const key = answerKey(question);
  await answerRenderedAhead(key);
  const cached = cache.read(key);
  if (cached !== undefined) return cached;
  // Not rendered ahead (`npm run dev`, or an answer the build's threads did not reach): render it here.
  if (renderer?.catalog !== catalog) {
    renderer = { catalog, render: createAnswerRenderer({ site: settings.site, library: catalog.library, root }) };
  }
  const html = await (await renderer.render)(question);
  cache.write(key, html);
  return html;
}

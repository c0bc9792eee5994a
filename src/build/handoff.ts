import type { Catalog } from '../catalog/catalog.ts';
import type { CheckResult } from '../check/check-content.ts';
import type { QuestionEntry } from '../knowledge/model.ts';

// What the Astro integrations hand to the pages. They run in the same Node process but load
// separate copies of every module (the config's and the build's bundles), so the hand-over goes
// through a process-wide symbol rather than a module variable.

const CHECKED = Symbol.for('fawen.checked-content');
const GENERATION = Symbol.for('fawen.content-generation');
const ANSWERS = Symbol.for('fawen.answers-ahead');
const CODE = Symbol.for('fawen.code-version');
const PAGE_KEYS = Symbol.for('fawen.page-keys');

/** Answers being rendered ahead on worker threads (src/answers/render-all.ts) while Astro bundles. */
export type AnswersAhead = (key: string) => Promise<void> | undefined;

/** The content a build's check loaded, the catalog built from it and each answer's key. */
export interface CheckedSite {
  checked: CheckResult;
  catalog: Catalog;
  answerKey: (question: QuestionEntry) => string;
}

type Handoff = {
  [CHECKED]?: CheckedSite;
  [GENERATION]?: number;
  [ANSWERS]?: AnswersAhead;
  [CODE]?: string;
  [PAGE_KEYS]?: Map<string, string>;
};
const shared = globalThis as Handoff;

/** The build's content check hands over what it loaded, so that pages do not read every file again. */
export function handOverCheckedSite(site: CheckedSite): void {
  shared[CHECKED] = site;
}

/** The checked content, once: a later call (another build in the same process) loads afresh. */
export function takeCheckedSite(): CheckedSite | undefined {
  const checked = shared[CHECKED];
  delete shared[CHECKED];
  return checked;
}

/** Counts content edits under `npm run dev`; the catalog reloads when it changes. */
export function contentGeneration(): number {
  return shared[GENERATION] ?? 0;
}

export function contentChanged(): void {
  shared[GENERATION] = contentGeneration() + 1;
}

/** The build hands over when each answer it renders ahead will be in the cache. */
export function handOverAnswers(ahead: AnswersAhead): void {
  shared[ANSWERS] = ahead;
}

/** Settles when the answer of this key, if it is being rendered ahead, is in the cache. */
export function answerRenderedAhead(key: string): Promise<void> {
  return shared[ANSWERS]?.(key) ?? Promise.resolve();
}

/**
 * The digest of the cache-keyed code (src/code-version.ts), for the answers' keys. Handed over
 * rather than compiled into the pages' code: a constant in the code would change every page's code
 * digest, and Astro would render every page again after any edit to the answers' pipeline.
 */
export function handOverCodeVersion(code: string): void {
  shared[CODE] = code;
}

export function codeVersionHandedOver(): string {
  const code = shared[CODE];
  if (code === undefined) throw new Error('the code version is handed over by the fawen:content-check integration');
  return code;
}

/** Pages hand over their cache keys by output file, for the search index step (src/search/indexing/page-keys.ts). */
export function handOverPageKeys(keys: Iterable<readonly [string, string]>): void {
  const all = (shared[PAGE_KEYS] ??= new Map());
  for (const [file, key] of keys) all.set(file, key);
}

/** The keys handed over in this build, once. */
export function takePageKeys(): Map<string, string> {
  const keys = shared[PAGE_KEYS] ?? new Map<string, string>();
  delete shared[PAGE_KEYS];
  return keys;
}

import type { Law, LawArticle, LawVersion } from '../schemas/law.ts';
import { correspond, type ArticleMatch } from './correspondence.ts';
import { lawNames, type LawNames } from './names.ts';
import { currentVersion, findArticle } from './versions.ts';

/** Editors' corrections to the computed correspondence: law id → older version's date → old id → new id. */
export type CorrespondenceOverrides = Record<string, Record<string, Record<string, string | null>>>;

/** Where the content of an article of a superseded version lives in the current version. */
export interface Successor {
  version: LawVersion;
  /** null when no single article carries it on (deleted or split up). */
  article: LawArticle | null;
}

/**
 * The laws an answer may cite, with the lookups citations need. Correspondence between versions
 * is computed lazily, once per law and pair of versions, and shared by every page.
 */
export interface LawLibrary {
  laws: ReadonlyMap<string, Law>;
  names: LawNames;
  /** The current version's article carrying an article of an older version, following every revision. */
  successor(lawId: string, version: LawVersion, articleId: string): Successor | undefined;
  /** Articles of older versions whose content the given article carries on. */
  predecessors(lawId: string, version: LawVersion, articleId: string): { version: LawVersion; article: LawArticle }[];
}

export function lawLibrary(
  laws: Iterable<{ id: string; data: Law }>,
  overrides: CorrespondenceOverrides = {},
): LawLibrary {
  const entries = [...laws];
  const byId = new Map(entries.map((law) => [law.id, law.data]));
  const pairs = new Map<string, Map<string, ArticleMatch>>();

  const step = (lawId: string, law: Law, index: number): Map<string, ArticleMatch> => {
    const key = `${lawId}#${index}`;
    let matches = pairs.get(key);
    if (!matches) {
      const older = law.versions[index]!;
      matches = correspond(older, law.versions[index + 1]!, overrides[lawId]?.[older.effectiveFrom]);
      pairs.set(key, matches);
    }
    return matches;
  };

  return {
    laws: byId,
    names: lawNames(entries),
    successor(lawId, version, articleId) {
      const law = byId.get(lawId);
      if (!law || version === currentVersion(law)) return undefined;
      let id: string | null = articleId;
      for (let index = law.versions.indexOf(version); index < law.versions.length - 1 && id !== null; index++) {
        id = step(lawId, law, index).get(id)?.to ?? null;
      }
      const current = currentVersion(law);
      return { version: current, article: id === null ? null : (findArticle(current, id) ?? null) };
    },
    predecessors(lawId, version, articleId) {
      const law = byId.get(lawId);
      if (!law) return [];
      const found: { version: LawVersion; article: LawArticle }[] = [];
      let ids = [articleId];
      for (let index = law.versions.indexOf(version) - 1; index >= 0 && ids.length > 0; index--) {
        const older = law.versions[index]!;
        const matches = step(lawId, law, index);
        ids = [...matches.values()]
          .filter((match) => match.to !== null && ids.includes(match.to))
          .map((match) => match.from);
        for (const id of ids) {
          const article = findArticle(older, id);
          if (article) found.push({ version: older, article });
        }
      }
      return found;
    },
  };
}

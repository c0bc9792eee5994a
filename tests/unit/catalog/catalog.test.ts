import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../../src/catalog/catalog.ts';
import { loadContentFiles } from '../../../src/knowledge/files.ts';
import { lawLibrary } from '../../../src/laws/library.ts';
import { repoRoot } from '../../helpers/build.ts';

const { content, overrides } = loadContentFiles(path.join(repoRoot, 'content'), repoRoot);
const catalog = buildCatalog(content, lawLibrary(content.laws, overrides), { includeDrafts: false });

describe('catalog', () => {
  it('lists the latest questions, newest first, leaving out the one asked about', () => {
    const ids = catalog.questions.map((question) => question.id);
    for (const except of [...ids, undefined]) {
      expect(catalog.latest(10, except).map((question) => question.id)).toEqual(
        ids.filter((id) => id !== except).slice(0, 10),
      );
    }
  });

  it('lists each question citing an article once', () => {
    for (const page of catalog.articlePages) {
      const citing = catalog.citing(page).map((question) => question.id);
      expect(new Set(citing).size).toBe(citing.length);
    }
    expect(catalog.articlePages.some((page) => catalog.citing(page).length > 1)).toBe(true);
  });
});

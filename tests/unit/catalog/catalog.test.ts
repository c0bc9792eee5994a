import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../../src/catalog/catalog.ts';
import { loadContentFiles } from '../../../src/knowledge/files.ts';
import { lawLibrary } from '../../../src/laws/library.ts';
import { repoRoot } from '../../helpers/build.ts';

const { content, overrides } = loadContentFiles(path.join(repoRoot, 'content'), repoRoot);
const catalog = buildCatalog(content, lawLibrary(content.laws, overrides), { includeDrafts: false });

describe('catalog', () => {
  it('lists the latest questions, newest first', () => {
    const dates = catalog.latest(10).map((question) => question.data.updated ?? question.data.published);
    expect(dates).toHaveLength(10);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(catalog.latest(10)).toEqual(catalog.questions.slice(0, 10));
  });

  it('lists each question citing an article once', () => {
    for (const page of catalog.articlePages) {
      const citing = catalog.citing(page).map((question) => question.id);
      expect(new Set(citing).size).toBe(citing.length);
    }
    expect(catalog.articlePages.some((page) => catalog.citing(page).length > 1)).toBe(true);
  });

  it('lists other questions of the same category, nearest by date first, without itself or its related', () => {
    for (const question of catalog.questions) {
      const listed = catalog.sameCategory(question.id, 10);
      const related = new Set(catalog.related(question.id).map((other) => other.id));
      expect(listed.length).toBeLessThanOrEqual(10);
      for (const other of listed) {
        expect(other.data.category).toBe(question.data.category);
        expect(other.id).not.toBe(question.id);
        expect(related.has(other.id)).toBe(false);
      }
    }
  });

  it('changes only the nearest questions’ lists when a new question is added to a category', () => {
    // Sixty questions in one category, a day apart, then one more, newest of all.
    const template = content.questions[0]!;
    const day = (n: number) => new Date(Date.UTC(2020, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
    const question = (n: number) => ({
      ...template,
      id: `q-${n}`,
      file: `content/questions/q-${n}.md`,
      data: {
        ...template.data,
        title: `问题 ${n}`,
        published: day(n),
        updated: undefined,
        related: [],
        tags: [`t${n}`],
      },
    });
    const lists = (count: number) => {
      const built = buildCatalog(
        { ...content, questions: Array.from({ length: count }, (_, n) => question(n)) },
        lawLibrary(content.laws, overrides),
        { includeDrafts: false },
      );
      return new Map(built.questions.map((q) => [q.id, built.sameCategory(q.id, 10).map((other) => other.id)]));
    };
    const before = lists(60);
    const after = lists(61);
    const changed = [...before.keys()].filter((id) => JSON.stringify(before.get(id)) !== JSON.stringify(after.get(id)));
    expect(after.get('q-30')).toEqual(['q-35', 'q-34', 'q-33', 'q-32', 'q-31', 'q-29', 'q-28', 'q-27', 'q-26', 'q-25']);
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.length).toBeLessThanOrEqual(10);
  });
});

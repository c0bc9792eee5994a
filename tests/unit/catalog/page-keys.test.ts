import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../../src/catalog/catalog.ts';
import type { ContentSet } from '../../../src/knowledge/model.ts';
import { loadContentFiles } from '../../../src/knowledge/files.ts';
import { lawLibrary } from '../../../src/laws/library.ts';
import { pageKeys } from '../../../src/catalog/page-keys.ts';
import { repoRoot } from '../../helpers/build.ts';

const loaded = loadContentFiles(path.join(repoRoot, 'content'), repoRoot);

const EDIT_BASE = 'https://github.com/fawen-kb/fawen/edit/main/';

function keysOf(content: ContentSet, html = (_slug: string) => '<p>答</p>', editBase = EDIT_BASE): Map<string, string> {
  const catalog = buildCatalog(content, lawLibrary(content.laws, loaded.overrides), { includeDrafts: false });
  const keys = pageKeys(catalog, editBase);
  return new Map(catalog.questions.map((question) => [question.id, keys.question(question.id, html(question.id))]));
}

const changed = (a: Map<string, string>, b: Map<string, string>) =>
  [...a.keys()].filter((slug) => a.get(slug) !== b.get(slug)).sort();

const withQuestion = (slug: string, edit: (data: ContentSet['questions'][number]['data']) => object): ContentSet => ({
  ...loaded.content,
  questions: loaded.content.questions.map((q) => (q.id === slug ? { ...q, data: { ...q.data, ...edit(q.data) } } : q)),
});

describe('pageKeys: question pages', () => {
  const before = keysOf(loaded.content);

  it('gives the same keys for the same content', () => {
    expect(keysOf(loaded.content)).toEqual(before);
  });

  it('changes one page’s key when only its answer changes', () => {
    const after = keysOf(loaded.content, (slug) =>
      slug === 'ba-shi-san-sui-lao-ren-fan-zui' ? '<p>改</p>' : '<p>答</p>',
    );
    expect(changed(before, after)).toEqual(['ba-shi-san-sui-lao-ren-fan-zui']);
  });

  it('changes the keys of a renamed question and of exactly the pages listing it', () => {
    const renamed = 'pan-bu-li-hun-hou-ru-he-li-hun';
    const catalog = buildCatalog(loaded.content, lawLibrary(loaded.content.laws, loaded.overrides), {
      includeDrafts: false,
    });
    const listing = catalog.questions
      .filter((q) => catalog.related(q.id).some((related) => related.id === renamed))
      .map((q) => q.id);
    expect(listing.length).toBeGreaterThan(0);
    const after = keysOf(withQuestion(renamed, () => ({ title: '新的标题' })));
    expect(changed(before, after)).toEqual([renamed, ...listing].sort());
  });

  it('changes the keys of exactly the questions in a renamed category', () => {
    const category = loaded.content.categories[0]!;
    const content = {
      ...loaded.content,
      categories: loaded.content.categories.map((c) =>
        c === category ? { ...c, data: { ...c.data, name: '改名' } } : c,
      ),
    };
    const inCategory = loaded.content.questions.filter((q) => q.data.category === category.id && !q.data.draft);
    expect(inCategory.length).toBeGreaterThan(0);
    expect(changed(before, keysOf(content))).toEqual(inCategory.map((q) => q.id).sort());
  });

  it('changes every key when the edit links move to another repository', () => {
    const moved = keysOf(loaded.content, undefined, 'https://git.example.cn/kb/edit/main/');
    expect(changed(before, moved)).toHaveLength(before.size);
  });
});

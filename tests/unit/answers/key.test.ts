import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerKeys } from '../../../src/answers/key.ts';
import { buildCatalog } from '../../../src/catalog/catalog.ts';
import { loadContentFiles } from '../../../src/knowledge/files.ts';
import type { ContentSet } from '../../../src/knowledge/model.ts';
import { lawLibrary } from '../../../src/laws/library.ts';
import type { Law } from '../../../src/schemas/law.ts';
import { repoRoot } from '../../helpers/build.ts';

const loaded = loadContentFiles(path.join(repoRoot, 'content'), repoRoot);
const inputs = { codeVersion: 'c1', site: 'https://fawen.example.cn' };

function keysOf(content: ContentSet, keyInputs = inputs): Map<string, string> {
  const catalog = buildCatalog(content, lawLibrary(content.laws, loaded.overrides), { includeDrafts: false });
  const key = answerKeys(catalog, keyInputs);
  return new Map(catalog.questions.map((question) => [question.id, key(question)]));
}

const changed = (a: Map<string, string>, b: Map<string, string>) =>
  [...a.keys()].filter((slug) => a.get(slug) !== b.get(slug)).sort();

const withLaw = (id: string, edit: (law: Law) => Law): ContentSet => ({
  ...loaded.content,
  laws: loaded.content.laws.map((law) => (law.id === id ? { ...law, data: edit(law.data) } : law)),
});

const withQuestion = (slug: string, edit: (q: ContentSet['questions'][number]) => object): ContentSet => ({
  ...loaded.content,
  questions: loaded.content.questions.map((q) => (q.id === slug ? { ...q, ...edit(q) } : q)),
});

const citing = (lawId: string) => {
  const catalog = buildCatalog(loaded.content, lawLibrary(loaded.content.laws, loaded.overrides), {
    includeDrafts: false,
  });
  return catalog.questions.filter((q) => catalog.citations(q.id).some((c) => c.lawId === lawId)).map((q) => q.id);
};

describe('answerKeys', () => {
  const before = keysOf(loaded.content);
  const SLUG = 'ba-shi-san-sui-lao-ren-fan-zui';

  it('gives the same keys for the same content, and a different key to each answer', () => {
    expect(keysOf(loaded.content)).toEqual(before);
    expect(new Set(before.values()).size).toBe(before.size);
  });

  it('changes one key when one answer’s text or date changes, and none for its title', () => {
    expect(changed(before, keysOf(withQuestion(SLUG, (q) => ({ body: `${q.body}\n补充一句。\n` }))))).toEqual([SLUG]);
    expect(
      changed(before, keysOf(withQuestion(SLUG, (q) => ({ data: { ...q.data, updated: '2026-11-30' } })))),
    ).toEqual([SLUG]);
    expect(changed(before, keysOf(withQuestion(SLUG, (q) => ({ data: { ...q.data, title: '新标题' } }))))).toEqual([]);
  });

  it('changes the keys of exactly the answers citing a law whose text changes', () => {
    const lawId = 'anti-unfair-competition-law';
    const edited = withLaw(lawId, (law) => ({
      ...law,
      versions: law.versions.map((version) => ({
        ...version,
        articles: version.articles.map((article) => ({
          ...article,
          paragraphs: article.paragraphs.map((paragraph) => ({ ...paragraph, text: `${paragraph.text}（改）` })),
        })),
      })),
    }));
    expect(citing(lawId).length).toBeGreaterThan(0);
    expect(changed(before, keysOf(edited))).toEqual(citing(lawId).sort());
  });

  it('changes every key when a law’s names change (citations are found by them), the code or the site', () => {
    const renamed = withLaw('civil-code', (law) => ({ ...law, aliases: [...law.aliases, '民法总则编'] }));
    expect(changed(before, keysOf(renamed))).toHaveLength(before.size);
    expect(changed(before, keysOf(loaded.content, { ...inputs, codeVersion: 'c2' }))).toHaveLength(before.size);
    expect(changed(before, keysOf(loaded.content, { ...inputs, site: 'https://other.example.cn' }))).toHaveLength(
      before.size,
    );
  });
});

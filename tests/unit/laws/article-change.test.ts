import { describe, expect, it } from 'vitest';
import { articleChange, articleText } from '../../../src/laws/article-change.ts';
import { findArticle } from '../../../src/laws/versions.ts';
import { lawLibrary } from '../../../src/laws/library.ts';
import type { Law, LawArticle } from '../../../src/schemas/law.ts';
import { realLibrary } from '../../helpers/library.ts';

const library = realLibrary(['anti-unfair-competition-law', 'criminal-law', 'civil-code']);
const change = (lawId: string, from: string, articleId: string) => {
  const version = library.laws.get(lawId)!.versions.find((v) => v.effectiveFrom === from)!;
  return articleChange(library, lawId, version, findArticle(version, articleId)!);
};
const inserted = (parts: { op: string; text: string }[]) =>
  parts
    .filter((p) => p.op === 'ins')
    .map((p) => p.text)
    .join('');
const deleted = (parts: { op: string; text: string }[]) =>
  parts
    .filter((p) => p.op === 'del')
    .map((p) => p.text)
    .join('');

describe('articleChange on the statute library', () => {
  it('反不正当竞争法 2019 第九条 → 2025 第十条: renumbered, word for word the same', () => {
    const found = change('anti-unfair-competition-law', '2019-04-23', '9')!;
    expect(found.kind).toBe('unchanged');
    expect(found.successor.article?.label).toBe('第十条');
    expect(found.diff).toEqual([]);
  });

  it('反不正当竞争法 2019 第十七条 → 2025 第二十二条: changed in substance, 恶意 became 故意', () => {
    const found = change('anti-unfair-competition-law', '2019-04-23', '17')!;
    expect(found.kind).toBe('modified');
    expect(found.successor.article?.label).toBe('第二十二条');
    expect(deleted(found.diff)).toContain('恶');
    expect(inserted(found.diff)).toContain('故');
  });

  it('刑法 第一百六十五条: the same number, a new text from 2024-03-01', () => {
    const found = change('criminal-law', '2021-03-01', '165')!;
    expect(found.kind).toBe('modified');
    expect(found.successor.article?.id).toBe('165');
    expect(found.diff.some((part) => part.op !== 'same')).toBe(true);
  });

  it('刑法 第二条 unchanged by 刑法修正案（十二）, and nothing to say of an article of the current version', () => {
    expect(change('criminal-law', '2021-03-01', '2')!.kind).toBe('unchanged');
    expect(change('criminal-law', '2024-03-01', '2')).toBeUndefined();
    expect(change('civil-code', '2021-01-01', '577')).toBeUndefined();
  });
});

describe('articleChange on a made-up revision', () => {
  const article = (number: number, text: string): LawArticle => ({
    id: String(number),
    number,
    sub: 0,
    label: `第${number}条`,
    paragraphs: [{ text, items: [] }],
  });
  const version = (effectiveFrom: string, effectiveTo: string | null, articles: LawArticle[]) => ({
    effectiveFrom,
    effectiveTo,
    source: 'test',
    history: [],
    headings: [],
    articles,
    annexes: [],
  });
  const law: Law = {
    title: '测试法',
    short: '测试法',
    aliases: [],
    versions: [
      version('2020-01-01', '2025-01-01', [
        article(1, '为了测试条文的变化，制定本法。'),
        article(2, '经营者应当遵守诚信原则和商业道德。'),
        article(3, '经营者应当遵守法律和行政法规。'),
        article(4, '违反本法规定的，由监督检查部门责令停止违法行为。'),
        article(5, '偷越国境的，处十日以上十五日以下拘留。'),
      ]),
      version('2025-01-01', null, [
        article(1, '为了测试条文的变化，制定本法。'),
        article(2, '经营者应当遵守诚信原则和商业道德，遵守法律和行政法规。'),
        article(3, '违反本法规定的，由监督检查部门责令停止违法行为，没收违法所得。'),
      ]),
    ],
  } as unknown as Law;
  // 2 and 3 merged into 2; 5 dropped.
  const merged = lawLibrary([{ id: 'test-law', data: law }], { 'test-law': { '2020-01-01': { '3': '2', '5': null } } });
  const old = law.versions[0]!;
  const of = (id: string) => articleChange(merged, 'test-law', old, findArticle(old, id)!)!;

  it('tells unchanged, modified, merged and deleted articles apart', () => {
    expect(of('1').kind).toBe('unchanged');
    expect(of('4')).toMatchObject({ kind: 'modified', successor: { article: { id: '3' } } });
    expect(inserted(of('4').diff)).toBe('，没收违法所得');
    expect(of('2')).toMatchObject({ kind: 'merged', mergedWith: [{ id: '3' }], successor: { article: { id: '2' } } });
    expect(of('3')).toMatchObject({ kind: 'merged', mergedWith: [{ id: '2' }] });
    expect(of('5')).toMatchObject({ kind: 'deleted', successor: { article: null }, diff: [] });
  });

  it('compares the text line by line, each 款 and 项 on its own line', () => {
    expect(
      articleText({
        id: '1',
        number: 1,
        sub: 0,
        label: '第一条',
        paragraphs: [
          { text: '下列行为：', items: ['（一）甲；', '（二）乙。'] },
          { text: '', items: ['（一）丙。'] },
        ],
      }),
    ).toBe('下列行为：\n（一）甲；\n（二）乙。\n（一）丙。');
  });
});

import { describe, expect, it } from 'vitest';
import { checkAnswerCitations } from '../../../src/check/citations.ts';
import { lawLibrary } from '../../../src/laws/library.ts';
import { formatProblem } from '../../../src/knowledge/problems.ts';
import { question, testLaw } from '../../helpers/content.ts';

const library = lawLibrary([{ id: 'test-law', data: testLaw }]);
const ref = (number: number) => ({ law: 'test-law', article: { number, sub: 0 } });

function check(body: string, data: Parameters<typeof question>[1] = {}) {
  return checkAnswerCitations({ ...question('q', data), body, bodyLine: 10 }, library).map(formatProblem);
}

describe('checkAnswerCitations', () => {
  it('is silent when the text and statutes agree', () => {
    expect(check('《测试法》第一条、第二条', { statutes: [ref(1), ref(2)] })).toEqual([]);
  });

  it('counts the articles inside a range as cited', () => {
    expect(check('《测试法》第一条至第三条', { statutes: [ref(1), ref(2), ref(3)] })).toEqual([]);
  });

  it('reports a cited article the version does not have, at its line and column in the file', () => {
    expect(check('第一段。\n\n依照测试法第十三条。', { statutes: [] })).toEqual([
      'content/questions/q.md:12:3: 正文: 《测试法》2025-10-15 起施行的版本（解答日期 2026-01-01 时有效）没有第十三条：该版本为第一条至第十二条',
    ]);
  });

  it('reports statutes never cited in the text, and citations missing from statutes', () => {
    expect(check('《测试法》第一条', { statutes: [ref(2)] })).toEqual([
      'content/questions/q.md: 警告 statutes[0]: 正文没有引用《测试法》第二条：请在解答中引用它，或从 statutes 中删去',
      'content/questions/q.md:10:1: 警告 正文: 引用了《测试法》第一条，但 statutes 中没有：请添加 { law: test-law, article: 1 }',
    ]);
  });

  it('lists laws outside the library instead of dropping them silently', () => {
    expect(check('《刑事诉讼法》第六十七条')).toEqual([
      'content/questions/q.md:10:1: 警告 正文: 《刑事诉讼法》不在法规库中，第六十七条没有加链接：如需链接和版本提示，请把该法加入 ../shared/laws 并运行 npm run import:laws',
    ]);
  });

  it('warns when the answer relies on a superseded version', () => {
    const [warning] = check('《测试法》第九条', { published: '2024-01-01', statutes: [ref(9)] });
    expect(warning).toBe(
      'content/questions/q.md: 警告 statutes: 解答依据的法律版本已修订：《测试法》2019-01-01 版已被 2025-10-15 起施行的版本取代（第九条 → 第九条（内容未变））。请复核解答，修改后更新 updated 日期',
    );
  });

  it('names what became of each cited article: changed in place under the same number, or deleted', () => {
    const [older, newer] = testLaw.versions;
    const reworded = {
      ...testLaw,
      versions: [
        older!,
        {
          ...newer!,
          articles: newer!.articles.map((article) =>
            article.id === '9'
              ? { ...article, paragraphs: [{ text: '第九条的新文字，内容全部改写。', items: [] }] }
              : article,
          ),
        },
      ],
    };
    const changed = lawLibrary([{ id: 'test-law', data: reworded }], {
      'test-law': { '2019-01-01': { '8': null, '9': '9' } },
    });
    const problems = checkAnswerCitations(
      {
        ...question('q', { published: '2024-01-01', statutes: [ref(8), ref(9)] }),
        body: '《测试法》第八条、第九条',
        bodyLine: 10,
      },
      changed,
    ).map(formatProblem);
    expect(problems).toEqual([
      'content/questions/q.md: 警告 statutes: 解答依据的法律版本已修订：《测试法》2019-01-01 版已被 2025-10-15 起施行的版本取代（第八条 → 无对应条文（已删除）、第九条 → 第九条（内容有修改））。请复核解答，修改后更新 updated 日期',
    ]);
  });
});

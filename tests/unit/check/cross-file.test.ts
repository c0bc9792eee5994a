import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/knowledge/problems.ts';
import { validateContent } from '../../../src/check/cross-file.ts';
import { lawLibrary } from '../../../src/laws/library.ts';
import { contentSet, question } from '../../helpers/content.ts';

const messages = (...questions: ReturnType<typeof question>[]) =>
  validateContent(contentSet(questions), libraryOf(contentSet([])))
    .filter((problem) => problem.severity === 'error')
    .map(formatProblem);

const libraryOf = (content: ReturnType<typeof contentSet>) => lawLibrary(content.laws);

describe('validateContent', () => {
  it('accepts valid content', () => {
    expect(
      messages(
        question('a', { related: ['b'], statutes: [{ law: 'test-law', article: { number: 12, sub: 0 } }] }),
        question('b', { category: 'criminal', lawyer: 'editorial' }),
      ),
    ).toEqual([]);
  });

  it('names the file and field of an unknown category or author', () => {
    expect(messages(question('a', { category: 'tax', lawyer: 'li-si' }))).toEqual([
      'content/questions/a.md: category: 找不到分类“tax”：应为 content/categories/ 中的 contracts、criminal 之一',
      'content/questions/a.md: lawyer: 找不到作者“li-si”：应为 content/lawyers/ 中的 editorial、zhang-kai 之一',
    ]);
  });

  it('reports related slugs with no question, and self-links', () => {
    expect(messages(question('a', { related: ['a', 'nope'] }))).toEqual([
      'content/questions/a.md: related[0]: 相关问题不能指向本问题自己',
      'content/questions/a.md: related[1]: 找不到相关问题“nope”：content/questions/ 下没有 nope.md',
    ]);
  });

  it('checks a cited article against the version in force on the answer date', () => {
    const statutes = [{ law: 'test-law', article: { number: 12, sub: 0 } }];
    expect(messages(question('old', { published: '2024-05-01', statutes }))).toEqual([
      'content/questions/old.md: statutes[0].article: 《测试法》2019-01-01 起施行的版本（解答日期 2024-05-01 时有效）没有第十二条：该版本为第一条至第十条',
    ]);
    expect(messages(question('updated', { published: '2024-05-01', updated: '2026-01-01', statutes }))).toEqual([]);
  });

  it('reports unknown laws, paragraphs and items', () => {
    expect(
      messages(
        question('a', {
          statutes: [
            { law: 'no-such-law', article: { number: 1, sub: 0 } },
            { law: 'test-law', article: { number: 1, sub: 0 }, paragraph: 2 },
            { law: 'test-law', article: { number: 2, sub: 0 }, paragraph: 1, item: 3 },
            { law: 'test-law', article: { number: 2, sub: 0 }, item: 3 },
            { law: 'test-law', article: { number: 2, sub: 0 }, item: 2 },
            { law: 'test-law', article: { number: 3, sub: 0 }, item: 1 },
          ],
        }),
      ),
    ).toEqual([
      'content/questions/a.md: statutes[0].law: 找不到法律“no-such-law”：应为 content/laws/ 中的 test-law 之一（新法律请先加入 ../shared/laws 并运行 npm run import:laws）',
      'content/questions/a.md: statutes[1].paragraph: 《测试法》第一条只有 1 款，没有第 2 款',
      'content/questions/a.md: statutes[2].item: 《测试法》第二条第 1 款只有 2 项，没有第 3 项',
      'content/questions/a.md: statutes[3].item: 《测试法》第二条只有 2 项，没有第 3 项',
      'content/questions/a.md: statutes[5].item: 《测试法》第三条有多款列有项，请用 paragraph 写明是第几款的项',
    ]);
  });

  it('reports a law not yet in force on the answer date', () => {
    expect(
      messages(
        question('a', { published: '2010-01-01', statutes: [{ law: 'test-law', article: { number: 1, sub: 0 } }] }),
      ),
    ).toEqual([
      'content/questions/a.md: statutes[0].law: 《测试法》在解答日期 2010-01-01 尚未施行（最早版本 2019-01-01 起施行）',
    ]);
  });

  it('reports old URLs (aliases) that are still in use or claimed twice', () => {
    expect(
      messages(
        question('a', { aliases: ['b'] }),
        question('b', { aliases: ['old'] }),
        question('c', { aliases: ['old'] }),
      ),
    ).toEqual([
      'content/questions/a.md: aliases[0]: 旧网址“b”仍是 content/questions/b.md 的网址：重定向会遮住它，请删去这个 alias',
      'content/questions/c.md: aliases[0]: 旧网址“old”已由 content/questions/b.md 使用：一个旧网址只能指向一个问题',
    ]);
  });

  it('reports duplicate slugs on both files', () => {
    const first = question('same');
    const second = { ...question('same'), file: 'content/questions/sub/same.md' };
    expect(validateContent(contentSet([first, second]), libraryOf(contentSet([]))).map(formatProblem)).toEqual([
      'content/questions/same.md: slug: 文件名“same”与 content/questions/sub/same.md 重复：文件名就是网址，请给其中一个改名',
      'content/questions/sub/same.md: slug: 文件名“same”与 content/questions/same.md 重复：文件名就是网址，请给其中一个改名',
    ]);
  });
});

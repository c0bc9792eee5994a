import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import remarkCitations from '../../../src/plugins/remark-citations.ts';
import { realLibrary } from '../../helpers/library.ts';

const library = realLibrary(['anti-unfair-competition-law', 'civil-code']);

async function render(markdown: string, frontmatter: Record<string, unknown> = { published: '2026-11-01' }) {
  const file = new VFile({ value: markdown, path: 'content/questions/example.md', data: { astro: { frontmatter } } });
  const result = await unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkCitations, { library: () => library })
    .use(remarkRehype)
    .use(rehypeStringify)
    .process(file);
  return String(result).trim();
}

describe('remark-citations', () => {
  it('wraps a citation in a link to its article page, leaving the text as written', async () => {
    expect(await render('依照《民法典》第五百七十七条，应当承担违约责任。')).toBe(
      '<p>依照<a href="/laws/civil-code/577/" class="citation">《民法典》第五百七十七条</a>，应当承担违约责任。</p>',
    );
  });

  it('links each article of a list and both ends of a range', async () => {
    expect(await render('《反不正当竞争法》第九条、第十条至第十二条')).toBe(
      '<p><a href="/laws/anti-unfair-competition-law/9/" class="citation">《反不正当竞争法》第九条</a>、' +
        '<a href="/laws/anti-unfair-competition-law/10/" class="citation">第十条</a>至' +
        '<a href="/laws/anti-unfair-competition-law/12/" class="citation">第十二条</a></p>',
    );
  });

  it('leaves code and existing links alone', async () => {
    expect(await render('`民法典第577条` 与 [民法典第577条](https://example.org/) 与 **民法典**第577条')).toBe(
      '<p><code>民法典第577条</code> 与 <a href="https://example.org/">民法典第577条</a> 与 <strong>民法典</strong>' +
        '<a href="/laws/civil-code/577/" class="citation">第577条</a></p>',
    );
  });

  it('cites the version in force on the answer date and says where the article is now', async () => {
    expect(await render('《反不正当竞争法》第九条规定', { published: new Date('2025-06-18T00:00:00Z') })).toBe(
      '<p><a href="/laws/anti-unfair-competition-law/versions/2019-04-23/9/" class="citation citation-superseded">' +
        '《反不正当竞争法》第九条</a><span class="citation-notice">（该法已于2025年10月15日修订，' +
        '<a href="/laws/anti-unfair-competition-law/10/">现为第十条</a>，内容未变）</span>规定</p>',
    );
  });

  it('says when the article carried on has changed words', async () => {
    expect(await render('《反不正当竞争法》第十七条', { published: '2025-06-18' })).toContain(
      '<a href="/laws/anti-unfair-competition-law/22/">现为第二十二条</a>，内容有修改）',
    );
  });

  it('uses the update date over the publication date', async () => {
    expect(await render('《反不正当竞争法》第二十二条', { published: '2025-01-01', updated: '2026-01-01' })).toContain(
      'href="/laws/anti-unfair-competition-law/22/"',
    );
  });

  it('fails the file at the citation of an article the version does not have, with the valid range', async () => {
    await expect(render('第一段。\n\n另见民法典第一千三百条。')).rejects.toThrow(
      'content/questions/example.md:3:3: 正文: 《民法典》2021-01-01 起施行的版本（解答日期 2026-11-01 时有效）没有第一千三百条：该版本为第一条至第一千二百六十条',
    );
  });

  it('leaves laws outside the library as plain text', async () => {
    expect(await render('《刑事诉讼法》第六十七条')).toBe('<p>《刑事诉讼法》第六十七条</p>');
  });
});

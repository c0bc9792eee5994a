import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { answerRehypePlugins, answerRemarkPlugins } from '../../../src/plugins/answer-pipeline.ts';
import { realLibrary } from '../../helpers/library.ts';

const library = realLibrary(['civil-code']);

/** An answer through the same plugins as the build, with raw HTML allowed in as Astro does. */
async function render(markdown: string) {
  const file = new VFile({
    value: markdown,
    path: 'content/questions/x.md',
    data: { astro: { frontmatter: { published: '2026-01-01' } } },
  });
  const result = await unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(answerRemarkPlugins({ library: () => library }) as PluggableList)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(answerRehypePlugins('https://fawen.example.cn') as PluggableList)
    .use(rehypeStringify)
    .process(file);
  return String(result);
}

describe('untrusted HTML in answers', () => {
  it.each([
    ['a script', '<script>alert(1)</script>', /<script|alert/],
    ['an event handler', '<p onclick="steal()">点击</p>', /onclick|steal/],
    ['a javascript: URL', '[点我](javascript:alert(1))', /javascript:/],
    ['a raw javascript: link', '<a href="javascript:alert(1)">点我</a>', /javascript:/],
    ['an iframe', '<iframe src="https://evil.example/"></iframe>', /iframe|evil/],
    ['a form', '<form action="https://evil.example/"><input name="x"></form>', /<form|action=|evil/],
    ['a style attribute', '<span style="position:fixed">遮挡</span>', /style=/],
    ['an image with onerror', '<img src="x" onerror="steal()">', /onerror|steal/],
  ])('removes %s', async (_name, markdown, forbidden) => {
    expect(await render(`正文。\n\n${markdown}\n`)).not.toMatch(forbidden);
  });

  it('keeps harmless markup and the text', async () => {
    expect(await render('文本<sup>1</sup>与<span style="color:red">红字</span>')).toBe(
      '<p>文本<sup>1</sup>与<span>红字</span></p>',
    );
  });

  it('marks links that leave the site and leaves its own links alone', async () => {
    expect(
      await render('[外部](https://example.org/) [本站](https://fawen.example.cn/laws/) [相对](/questions/a/)'),
    ).toBe(
      '<p><a href="https://example.org/" rel="noopener noreferrer external" class="external-link">外部</a> ' +
        '<a href="https://fawen.example.cn/laws/">本站</a> <a href="/questions/a/">相对</a></p>',
    );
  });
});

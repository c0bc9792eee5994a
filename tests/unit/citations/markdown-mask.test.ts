import { describe, expect, it } from 'vitest';
import { citationsInMarkdown } from '../../../src/citations/find.ts';
import { maskMarkdown } from '../../../src/citations/markdown-mask.ts';
import { realLibrary } from '../../helpers/library.ts';

describe('maskMarkdown', () => {
  it('blanks code, links and raw HTML but keeps every line and column', () => {
    const markdown =
      '依照`民法典第1条`和[民法典第2条](https://x.org/)，\n<b>民法典第3条</b>\n```\n民法典第4条\n```\n民法典第5条';
    const masked = maskMarkdown(markdown);
    expect(masked).toHaveLength(markdown.length);
    expect(masked.split('\n').map((line) => line.length)).toEqual(markdown.split('\n').map((line) => line.length));
    expect(masked).not.toMatch(/第[1-24]条/);
    expect(masked).toContain('民法典第3条');
    expect(masked).toContain('民法典第5条');
  });
});

describe('citationsInMarkdown', () => {
  it('finds the same citations as the remark plugin, with their line and column in the text', () => {
    const library = realLibrary(['civil-code']);
    const found = citationsInMarkdown(
      '开头。\n\n`民法典第1条` 之外，依照**民法典**第五百七十七条。',
      library,
      '2026-01-01',
    );
    expect(found.map((f) => [f.match.number, f.line, f.column])).toEqual([[577, 3, 22]]);
  });
});

import { describe, expect, it } from 'vitest';
import { highlightExcerpt, highlightText, matchRanges } from '../../../src/search/highlight.ts';
import { queryTerms } from '../../../src/search/text.ts';

const marks = (html: string) => [...html.matchAll(/<mark>(.*?)<\/mark>/g)].map((match) => match[1]);

describe('matchRanges', () => {
  it('finds a query word in whatever form the text writes it', () => {
    const text = '年满六十五岁的老人，第一千零八十七条，赔偿两万元，十五天内';
    for (const [query, written] of [
      ['65岁', '六十五岁'],
      ['1087条', '第一千零八十七条'],
      ['民法典1087条', '第一千零八十七条'],
      ['20000元', '两万元'],
      ['15天', '十五天'],
    ] as const) {
      const ranges = matchRanges(text, queryTerms(query).words);
      expect(
        ranges.map(([start, end]) => text.slice(start, end)),
        query,
      ).toContain(written);
    }
  });

  it('merges overlapping and touching matches', () => {
    expect(matchRanges('离婚协议', ['离婚', '婚协', '协议'])).toEqual([[0, 4]]);
  });
});

describe('highlightText', () => {
  it('marks every query word and escapes the text', () => {
    expect(highlightText('<b>离婚</b>后还能再起诉离婚吗', ['离婚'])).toBe(
      '&lt;b&gt;<mark>离婚</mark>&lt;/b&gt;后还能再起诉<mark>离婚</mark>吗',
    );
  });
});

describe('highlightExcerpt', () => {
  it('cuts a window around the passage that matched, marks every match and escapes the text', () => {
    const text = `${'前文'.repeat(40)}判决在上诉期满后生效<b>，判决书送达之日起计算。`;
    const html = highlightExcerpt(text, ['判决'], 30);
    expect(html.startsWith('…')).toBe(true);
    expect(html).toContain('<mark>判决</mark>在上诉期满后生效&lt;b&gt;，<mark>判决</mark>书');
  });

  it('shows the passage where most of the words occur together, not the first mention', () => {
    const text = `上诉要趁早。${'其他内容'.repeat(30)}判决书送达之日起十五日内可以上诉。${'其他内容'.repeat(30)}`;
    const html = highlightExcerpt(text, queryTerms('上诉15天').words, 30);
    expect(marks(html)).toEqual(expect.arrayContaining(['十五日', '上诉']));
    expect(html).not.toContain('趁早');
  });

  it('starts at the beginning when nothing matches', () => {
    expect(highlightExcerpt('短文本', ['无'])).toBe('短文本');
  });
});

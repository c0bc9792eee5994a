import { describe, expect, it } from 'vitest';
import { isLegislationTitle, scanCitations, type CitationContext } from '../../../src/citations/parser.ts';
import { realLibrary } from '../../helpers/library.ts';

const library = realLibrary([
  'anti-unfair-competition-law',
  'civil-code',
  'criminal-law',
  'consumer-rights-protection-law',
]);

/** Each citation as `law:article[.sub][/paragraph][#item][<from]` with the text it wraps. */
function scan(text: string, context: CitationContext = {}) {
  return scanCitations(text, library.names, context).map((m) => {
    const law = m.law.known ? m.law.id : `?${m.law.name}`;
    const sub = m.sub ? `.${m.sub}` : '';
    const p = m.paragraph ? `/${m.paragraph}` : '';
    const i = m.item ? `#${m.item}` : '';
    const from = m.rangeFrom ? `<${m.rangeFrom.number}` : '';
    return `${law}:${m.number}${sub}${p}${i}${from} ${text.slice(m.start, m.end)}`;
  });
}

describe('scanCitations', () => {
  it('reads full titles, short names and Arabic numerals', () => {
    expect(scan('根据《中华人民共和国反不正当竞争法》第九条规定')).toEqual([
      'anti-unfair-competition-law:9 《中华人民共和国反不正当竞争法》第九条',
    ]);
    expect(scan('《民法典》第五百七十七条')).toEqual(['civil-code:577 《民法典》第五百七十七条']);
    expect(scan('依照民法典第577条')).toEqual(['civil-code:577 民法典第577条']);
    expect(scan('民法典第 1087 条')).toEqual(['civil-code:1087 民法典第 1087 条']);
  });

  it('resolves aliases', () => {
    expect(scan('消法第五十五条')).toEqual(['consumer-rights-protection-law:55 消法第五十五条']);
  });

  it('reads 之一 articles, 款 and 项', () => {
    expect(scan('《刑法》第一百三十三条之一')).toEqual(['criminal-law:133.1 《刑法》第一百三十三条之一']);
    expect(scan('《民法典》第一千零八十七条第一款第（二）项')).toEqual([
      'civil-code:1087/1#2 《民法典》第一千零八十七条第一款第（二）项',
    ]);
    expect(scan('民法典第一千零六十三条第(一)项')).toEqual(['civil-code:1063#1 民法典第一千零六十三条第(一)项']);
  });

  it('reads numerals with 零, 〇 and 两', () => {
    expect(scan('民法典第一千〇八十七条')).toEqual(['civil-code:1087 民法典第一千〇八十七条']);
    expect(scan('民法典第两百条')).toEqual(['civil-code:200 民法典第两百条']);
  });

  it('reads lists and ranges, linking each article on its own', () => {
    expect(scan('《反不正当竞争法》第九条、第十条')).toEqual([
      'anti-unfair-competition-law:9 《反不正当竞争法》第九条',
      'anti-unfair-competition-law:10 第十条',
    ]);
    expect(scan('《民法典》第十条至第十二条')).toEqual(['civil-code:10 《民法典》第十条', 'civil-code:12<10 第十二条']);
  });

  it('takes a bare 第X条 for the law named last, across text runs', () => {
    const context: CitationContext = {};
    expect(scan('《民法典》规定了违约责任。', context)).toEqual([]);
    expect(scan('第五百七十七条说得很清楚', context)).toEqual(['civil-code:577 第五百七十七条']);
    expect(scan('另见刑法。第十七条之一', context)).toEqual(['criminal-law:17.1 第十七条之一']);
  });

  it('leaves a bare 第X条 alone when no law was named', () => {
    expect(scan('第九条规定')).toEqual([]);
  });

  it('keeps laws outside the library as unknown, and contracts out of it', () => {
    expect(scan('《中华人民共和国刑事诉讼法》第六十七条')).toEqual([
      '?中华人民共和国刑事诉讼法:67 《中华人民共和国刑事诉讼法》第六十七条',
    ]);
    expect(scan('《民法典》写明，《保密协议》第三条约定；第五百条')).toEqual(['civil-code:500 第五百条']);
  });

  it('ignores references that are not articles', () => {
    expect(scan('《民法典》第一款第（一）项，第十百条')).toEqual([]);
  });
});

describe('isLegislationTitle', () => {
  it('tells legislation from other titles', () => {
    expect(isLegislationTitle('刑法修正案（十一）')).toBe(true);
    expect(isLegislationTitle('诉讼费用交纳办法')).toBe(true);
    expect(isLegislationTitle('网络文化经营许可证')).toBe(false);
    expect(isLegislationTitle('保密协议')).toBe(false);
  });
});

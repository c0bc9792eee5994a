import { describe, expect, it } from 'vitest';
import { encodeTerm, indexTokens, isUnitTerm, queryTerms } from '../../../src/search/text.ts';

describe('indexTokens', () => {
  it('indexes every overlapping bigram of Chinese text and whole Latin words and numbers', () => {
    expect(indexTokens('判决生效')).toEqual(['判决', '决生', '生效']);
    expect(indexTokens('罚款1万元，ABC公司')).toEqual(['罚款', '款10000', '10000元', 'abc', '公司']);
    expect(indexTokens('刑')).toEqual(['刑']);
  });

  it('indexes article numbers alike, whichever form the text uses', () => {
    expect(indexTokens('第577条')).toEqual(indexTokens('第五百七十七条'));
  });
});

describe('encodeTerm', () => {
  it('spells Chinese terms in ASCII so that prefixes still match, and leaves other words alone', () => {
    expect(encodeTerm('收条')).toBe('zh' + (0x6536 - 0x4e00).toString(36) + (0x6761 - 0x4e00).toString(36));
    expect(encodeTerm('收条').startsWith(encodeTerm('收'))).toBe(true);
    expect(encodeTerm('abc')).toBe('abc');
  });

  it('spells a number as one unit, so that 65岁 starts with 65 but not with 6', () => {
    expect(encodeTerm('577')).toBe('zhn577n');
    expect(encodeTerm('65岁').startsWith(encodeTerm('65'))).toBe(true);
    expect(encodeTerm('65岁').startsWith(encodeTerm('6'))).toBe(false);
    expect(isUnitTerm(encodeTerm('65'))).toBe(true);
    expect(isUnitTerm(encodeTerm('65岁'))).toBe(false);
  });

  it('gives every ideograph its own spelling, none the start of another', () => {
    // 一 and 龥 bound the main block; 㐀 (Extension A) and 𠀀 (Extension B) lie outside it.
    const codes = ['一', '丁', '龥', '㐀', '𠀀'].map((char) => encodeTerm(char).slice(2));
    expect(codes).toEqual([
      '000',
      '001',
      (0x9fa5 - 0x4e00).toString(36),
      'z' + (0x3400).toString(36).padStart(4, '0'),
      'z' + (0x20000).toString(36),
    ]);
    for (const a of codes) for (const b of codes) if (a !== b) expect(b.startsWith(a)).toBe(false);
  });
});

describe('isUnitTerm', () => {
  it('tells one encoded character from bigrams, whole words and other words', () => {
    expect(isUnitTerm(encodeTerm('法'))).toBe(true);
    expect(isUnitTerm(encodeTerm('𠀀'))).toBe(true);
    expect(isUnitTerm(encodeTerm('法院'))).toBe(false);
    expect(isUnitTerm(encodeTerm('民法典'))).toBe(false);
    expect(isUnitTerm('469')).toBe(false);
  });
});

describe('queryTerms', () => {
  const segment = (text: string) => text.split('|');

  it('asks for the bigrams of each word, never across words', () => {
    expect(queryTerms('离婚|安置房', {}, segment).terms).toEqual(['离婚', '安置', '置房']);
  });

  it('searches a piece of up to four characters whole, as the reader means it', () => {
    const chars = (text: string) => [...text];
    expect(queryTerms('上诉期', {}, chars).terms).toEqual(['上诉', '诉期']);
    expect(queryTerms('居满一年内', {}, chars).terms).toEqual(['居满', '满1', '1年', '年内']);
    expect(queryTerms('怎么办', {}, chars).terms).toEqual([]);
  });

  it('joins single characters in a row, never across question words', () => {
    const segment = () => ['商家', '发', '错', '货', '怎么', '赔'];
    expect(queryTerms('商家发错货怎么赔', {}, segment).terms).toEqual(['商家', '发错', '错货', '赔']);
  });

  it('drops question words', () => {
    expect(queryTerms('离婚|房子|怎么|分', {}, segment)).toEqual({
      words: ['离婚', '房子', '分'],
      terms: ['离婚', '房子', '分'],
    });
  });

  it('keeps citations and known terms whole, in either numeral form', () => {
    const synonyms = { 民法典: '民法典', 中华人民共和国民法典: '民法典' };
    const expected = ['民法', '法典', '第五', '五百', '百七', '七十', '十七', '七条'];
    expect(queryTerms('民法典第577条', synonyms, segment).terms).toEqual(expected);
    expect(queryTerms('中华人民共和国民法典第五百七十七条', synonyms, segment).terms).toEqual(expected);
  });

  it('searches a known term by its group word and highlights every form of the group', () => {
    const synonyms = { 机动车驾驶证: '驾驶证', 驾驶证: '驾驶证', 驾照: '驾驶证' };
    expect(queryTerms('驾照|扣分', synonyms, segment)).toEqual({
      words: ['驾照', '机动车驾驶证', '驾驶证', '扣分'],
      terms: ['驾驶', '驶证', '扣分'],
    });
  });

  it('uses the runtime segmenter by default', () => {
    expect(queryTerms('治安拘留保释').words).toEqual(['治安', '拘留', '保释']);
  });
});

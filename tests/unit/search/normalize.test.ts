import { describe, expect, it } from 'vitest';
import { normalizeMapped, normalizeText } from '../../../src/search/normalize.ts';
import { parseQuantity } from '../../../src/search/quantities.ts';

describe('normalizeText', () => {
  it('writes article numbers in Chinese numerals, whichever form the text uses', () => {
    expect(normalizeText('民法典第577条、第１３３条之１')).toBe('民法典第五百七十七条、第一百三十三条之一');
  });

  it('reads an article number written without 第 as the article', () => {
    for (const form of ['民法典1087条', '民法典第1087条', '民法典第一千零八十七条']) {
      expect(normalizeText(form), form).toBe('民法典第一千零八十七条');
    }
    expect(normalizeText('1087条')).toBe('第一千零八十七条');
  });

  it('writes ages, periods and amounts in Arabic numerals, days as 日', () => {
    expect(normalizeText('六十五岁')).toBe(normalizeText('65岁'));
    expect(normalizeText('十五日')).toBe(normalizeText('15天'));
    expect(normalizeText('三个月')).toBe('3个月');
    for (const form of ['两万元', '20000元', '2万元', '20,000元', '二万元'])
      expect(normalizeText(form), form).toBe('20000元');
    expect(normalizeText('1.5万元')).toBe(normalizeText('一万五千元'));
    expect(normalizeText('二〇二四年')).toBe('2024年');
  });

  it('leaves numerals that name a place, or count nothing, as written', () => {
    expect(normalizeText('第十五条第三项')).toBe('第十五条第三项');
    expect(normalizeText('千万不要')).toBe('千万不要');
    expect(normalizeText('第0条、第12345条')).toBe('第0条、第12345条');
  });

  it('folds full-width characters and case', () => {
    expect(normalizeText('ＡＢＣ公司')).toBe('abc公司');
  });
});

describe('normalizeMapped', () => {
  it('gives the same text as normalizeText, each character mapped to what it was written as', () => {
    const text = '年满六十五岁，依民法典1087条，赔偿２万元，１５天内。';
    const mapped = normalizeMapped(text);
    expect(mapped.text).toBe(normalizeText(text));
    const source = (from: number, to: number) => text.slice(mapped.starts[from], mapped.ends[to - 1]);
    const at = (word: string) => [mapped.text.indexOf(word), mapped.text.indexOf(word) + word.length] as const;
    expect(source(...at('65岁'))).toBe('六十五岁');
    expect(source(...at('第一千零八十七条'))).toBe('1087条');
    expect(source(...at('20000元'))).toBe('２万元');
    expect(source(...at('15日'))).toBe('１５天');
  });
});

describe('parseQuantity', () => {
  it('reads the numerals prose writes, past 9,999 and with 两 anywhere', () => {
    expect(
      ['五', '十五', '六十五', '一百零五', '两', '两千', '两万', '一万五千', '三千五百万', '二〇二四', '万'].map(
        parseQuantity,
      ),
    ).toEqual([5, 15, 65, 105, 2, 2000, 20000, 15000, 35000000, 2024, 10000]);
  });

  it('refuses what is not a number', () => {
    expect(['', '零', '百一十', '五五十'].map(parseQuantity)).toEqual([null, null, null, null]);
  });
});

import { describe, expect, it } from 'vitest';
import { parseChineseNumber, toChineseNumber } from '../../../src/laws/numerals.ts';

describe('parseChineseNumber', () => {
  it.each([
    ['一', 1],
    ['九', 9],
    ['十', 10],
    ['十二', 12],
    ['一十二', 12],
    ['二十', 20],
    ['一百', 100],
    ['一百零一', 101],
    ['一百〇一', 101],
    ['一百一十', 110],
    ['五百七十七', 577],
    ['一千', 1000],
    ['一千零一', 1001],
    ['一千零一十', 1010],
    ['一千零八十七', 1087],
    ['一千〇八十七', 1087],
    ['一千二百六十', 1260],
    ['两百', 200],
    ['两千零五', 2005],
    ['九千九百九十九', 9999],
  ])('reads %s as %i', (input, expected) => {
    expect(parseChineseNumber(input)).toBe(expected);
  });

  it.each([
    ['577', 577],
    ['９', 9],
    ['１０８７', 1087],
    ['9999', 9999],
  ])('reads Arabic digits %s as %i', (input, expected) => {
    expect(parseChineseNumber(input)).toBe(expected);
  });

  it.each([
    '',
    '零',
    '〇',
    '0',
    '10000',
    '一万',
    '两',
    '十两',
    '一二',
    '十十',
    '百',
    '一百十',
    '一百一',
    '一千八十七',
    '一千零零一',
    '一千零八百',
    '一百零',
    '二〇二一',
    '第一',
    '一条',
    '12a',
    ' 12',
    '-1',
  ])('rejects %j', (input) => {
    expect(parseChineseNumber(input)).toBeNull();
  });
});

describe('toChineseNumber', () => {
  it.each([
    [1, '一'],
    [10, '十'],
    [12, '十二'],
    [20, '二十'],
    [101, '一百零一'],
    [110, '一百一十'],
    [342, '三百四十二'],
    [577, '五百七十七'],
    [1001, '一千零一'],
    [1010, '一千零一十'],
    [1087, '一千零八十七'],
    [1100, '一千一百'],
    [1260, '一千二百六十'],
    [9999, '九千九百九十九'],
  ])('writes %i as %s', (input, expected) => {
    expect(toChineseNumber(input)).toBe(expected);
  });

  it.each([0, -1, 10000, 1.5, Number.NaN])('refuses %d', (input) => {
    expect(() => toChineseNumber(input)).toThrow(RangeError);
  });

  it('round-trips every number from 1 to 9999', () => {
    const numbers = Array.from({ length: 9999 }, (_, index) => index + 1);
    const broken = numbers.filter((n) => parseChineseNumber(toChineseNumber(n)) !== n);
    expect(broken).toEqual([]);
  });
});

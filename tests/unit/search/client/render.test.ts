import { describe, expect, it } from 'vitest';
import { foundStatus, notFoundStatus } from '../../../../src/search/client/render.ts';

describe('status lines', () => {
  it('say how many were found and how many are shown', () => {
    expect(foundStatus(3, 3, '离婚')).toBe('找到 3 个与“离婚”相关的问题。');
    expect(foundStatus(25, 10, '离婚')).toBe('找到 25 个与“离婚”相关的问题，显示前 10 个。');
    expect(foundStatus(4, 4, '')).toBe('找到 4 个问题。');
  });

  it('suggest dropping filters only when some are set', () => {
    expect(notFoundStatus('火星', false)).toBe('没有找到与“火星”相关的问题。换个说法或更短的关键词再试。');
    expect(notFoundStatus('火星', true)).toBe(
      '没有找到与“火星”相关的问题。试试取消部分筛选条件，换个说法或更短的关键词再试。',
    );
  });
});

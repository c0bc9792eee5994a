import { describe, expect, it } from 'vitest';
import { chosenLabel, foundStatus, notFoundStatus } from '../../../../src/search/client/render.ts';

describe('status lines', () => {
  it('say how many were found and how many are shown', () => {
    expect(foundStatus(3, 0, 3, '离婚')).toBe('找到 3 个与“离婚”相关的问题。');
    expect(foundStatus(25, 0, 10, '离婚')).toBe('找到 25 个与“离婚”相关的问题，显示前 10 个。');
    expect(foundStatus(4, 0, 4, '')).toBe('找到 4 个问题。');
  });

  it('count the pages holding only some of the words apart', () => {
    expect(foundStatus(2, 12, 10, '驾照被扣')).toBe(
      '找到 2 个与“驾照被扣”相关的问题，另有 12 个问题只包含部分关键词，显示前 10 个。',
    );
    expect(foundStatus(0, 3, 3, '驾照被扣')).toBe('没有找到包含全部关键词的问题，另有 3 个问题只包含部分关键词。');
  });

  it('suggest dropping filters only when some are set', () => {
    expect(notFoundStatus('火星', false)).toBe('没有找到与“火星”相关的问题。换个说法或更短的关键词再试。');
    expect(notFoundStatus('火星', true)).toBe(
      '没有找到与“火星”相关的问题。试试取消部分筛选条件，换个说法或更短的关键词再试。',
    );
  });

  it('say on the 筛选 button how many filters are chosen', () => {
    expect(chosenLabel(0)).toBe('');
    expect(chosenLabel(2)).toBe('（已选 2 项）');
  });
});

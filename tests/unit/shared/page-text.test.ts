import { describe, expect, it } from 'vitest';
import { pageTitle, summarize } from '../../../src/shared/page-text.ts';

describe('page text', () => {
  it('cuts descriptions on characters, not bytes', () => {
    expect(summarize('一二三四五六', 4)).toBe('一二三…');
    expect(summarize(' 短\n文本 ')).toBe('短 文本');
  });

  it('names pages after their content', () => {
    expect(pageTitle('无证驾驶拘留最少几天？')).toBe('无证驾驶拘留最少几天？ - 法问');
    expect(pageTitle()).toBe('法问：常见法律问题解答');
  });
});

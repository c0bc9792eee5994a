import { describe, expect, it } from 'vitest';
import { editOneSentence, newQuestion } from '../../../bench/corpus/edit-answer.ts';
import { descendantsOf, parentPid, statusBytes } from '../../../bench/measure/process-tree-memory.ts';
import { median } from '../../../bench/measure/stats.ts';

describe('process tree', () => {
  it('reads the parent pid even when the command name holds spaces and parentheses', () => {
    expect(parentPid('4242 (node) S 4200 4242 4200 0 -1 4194560')).toBe(4200);
    expect(parentPid('77 (a) b (c)) R 76 77 1 0')).toBe(76);
    expect(parentPid('garbage')).toBeUndefined();
  });

  it('finds the root and all its descendants, and nothing else', () => {
    const parents = new Map([
      [10, 1],
      [11, 10],
      [12, 11],
      [13, 10],
      [20, 1],
      [21, 20],
    ]);
    expect(descendantsOf(10, parents).sort()).toEqual([10, 11, 12, 13]);
    expect(descendantsOf(99, parents)).toEqual([99]);
  });

  it('reads VmRSS and VmHWM in bytes', () => {
    const status = 'Name:\tnode\nVmHWM:\t  204800 kB\nVmRSS:\t  102400 kB\nThreads:\t11\n';
    expect(statusBytes(status, 'VmRSS')).toBe(100 * 2 ** 20);
    expect(statusBytes(status, 'VmHWM')).toBe(200 * 2 ** 20);
    expect(statusBytes('Name:\tkthreadd\n', 'VmRSS')).toBe(0);
  });
});

describe('editOneSentence', () => {
  const question = [
    '---',
    'title: 标题？',
    'statutes:',
    '  - { law: civil-code, article: 577 }',
    '---',
    '',
    '## 法律依据',
    '',
    '《民法典》第五百七十七条规定了违约责任。当事人应当全面履行义务。后面还有一句。',
    '',
    '- 列表里的句子不改。',
  ].join('\n');

  it('changes the first plain sentence of the answer and nothing else', () => {
    const edited = editOneSentence(question)!;
    expect(edited).not.toBe(question);
    expect(edited).toContain('当事人应当全面履行义务，这句话在基准测试中改写过。后面还有一句。');
    expect(edited).toContain('《民法典》第五百七十七条规定了违约责任。');
    expect(edited.split('\n').slice(0, 5)).toEqual(question.split('\n').slice(0, 5));
  });

  it('gives up when no sentence is safe to change or there is no frontmatter', () => {
    expect(editOneSentence('---\ntitle: x\n---\n\n依据《民法典》。\n')).toBeUndefined();
    expect(editOneSentence('没有前言的文本。')).toBeUndefined();
  });
});

describe('newQuestion', () => {
  it('gives a copy a new title, today’s date and no update date or old URLs, keeping the answer', () => {
    const original = [
      '---',
      'title: 旧标题？',
      'published: 2024-01-02',
      'updated: 2025-03-04',
      'aliases:',
      '  - old-url',
      'category: contracts',
      '---',
      '',
      '答案正文。',
    ].join('\n');
    const copy = newQuestion(original, '2026-12-02');
    expect(copy).toContain('published: 2026-12-02\n');
    expect(copy).not.toMatch(/旧标题|updated:|aliases:|old-url/);
    expect(copy).toContain('category: contracts\n---\n\n答案正文。');
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([300, 100, 200])).toBe(200);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});

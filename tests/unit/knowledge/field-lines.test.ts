import { describe, expect, it } from 'vitest';
import { fieldLine, formatFieldPath, parseFieldPath } from '../../../src/knowledge/field-lines.ts';

const yaml = `title: 标题
tags: [a, b]
statutes:
  - { law: civil-code, article: 577 }
  - law: criminal-law
    article: 17之一
related:
  - x
published: 2026-01-01`;

describe('fieldLine', () => {
  it('finds keys, block-list items and flow lists', () => {
    expect(fieldLine(yaml, ['title'])).toBe(1);
    expect(fieldLine(yaml, ['tags', 1])).toBe(2);
    expect(fieldLine(yaml, ['statutes', 0, 'article'])).toBe(4);
    expect(fieldLine(yaml, ['statutes', 1])).toBe(5);
    expect(fieldLine(yaml, ['related', 0])).toBe(8);
    expect(fieldLine(yaml, ['published'])).toBe(9);
    expect(fieldLine(yaml, ['missing'])).toBeUndefined();
    expect(fieldLine('# groups\n- [a, b]\n- [c, d]\n', [1])).toBe(3);
  });
});

describe('field paths', () => {
  it('round-trips zod issue paths', () => {
    expect(formatFieldPath(['statutes', 0, 'article'])).toBe('statutes[0].article');
    expect(parseFieldPath('statutes[0].article')).toEqual(['statutes', 0, 'article']);
    expect(parseFieldPath('lawyer')).toEqual(['lawyer']);
  });
});

import { describe, expect, it } from 'vitest';
import { answerDate, formatDate } from '../../../src/shared/dates.ts';

describe('dates', () => {
  it('formats dates the Chinese way and prefers the update date', () => {
    expect(formatDate('2026-11-03')).toBe('2026年11月3日');
    expect(answerDate({ published: '2025-01-01', updated: '2026-02-03' })).toBe('2026-02-03');
    expect(answerDate({ published: '2025-01-01' })).toBe('2025-01-01');
  });
});

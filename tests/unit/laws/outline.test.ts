import { describe, expect, it } from 'vitest';
import { headingLevels } from '../../../src/laws/outline.ts';
import type { LawHeading, LawVersion } from '../../../src/schemas/law.ts';

const version = (levels: LawHeading['level'][]): LawVersion => ({
  effectiveFrom: '2021-01-01',
  effectiveTo: null,
  source: 'test',
  history: [],
  articles: [],
  annexes: [],
  headings: levels.map((level, i) => ({ level, text: `${level} ${i}`, before: String(i + 1) })),
});

describe('headingLevels', () => {
  it('starts at h2 and never skips a level, even where a law uses 分编 only in some 编', () => {
    const law = version(['part', 'chapter', 'section', 'chapter', 'part', 'subpart', 'chapter', 'section', 'part']);
    expect([...headingLevels(law).values()]).toEqual([2, 3, 4, 3, 2, 3, 4, 5, 2]);
  });

  it('puts chapters at h2 in a law without 编', () => {
    expect([...headingLevels(version(['chapter', 'section', 'chapter'])).values()]).toEqual([2, 3, 2]);
  });
});

import { describe, expect, it } from 'vitest';
import { citationLabel } from '../../src/lib/citations.ts';
import { answerDate, formatDate } from '../../src/lib/dates.ts';
import { editUrl, pageTitle, summarize } from '../../src/lib/site.ts';
import { articleUrl, categoryUrl, lawUrl, questionUrl } from '../../src/lib/urls.ts';

describe('text helpers', () => {
  it('formats dates the Chinese way and prefers the update date', () => {
    expect(formatDate('2026-11-03')).toBe('2026年11月3日');
    expect(answerDate({ published: '2025-01-01', updated: '2026-02-03' })).toBe('2026-02-03');
    expect(answerDate({ published: '2025-01-01' })).toBe('2025-01-01');
  });

  it('cuts descriptions on characters, not bytes', () => {
    expect(summarize('一二三四五六', 4)).toBe('一二三…');
    expect(summarize(' 短\n文本 ')).toBe('短 文本');
  });

  it('links to the source file in the repository’s web editor', () => {
    expect(editUrl('content/questions/a b.md', 'https://git.example/org/kb/edit/main')).toBe(
      'https://git.example/org/kb/edit/main/content/questions/a%20b.md',
    );
  });

  it('names pages after their content', () => {
    expect(pageTitle('无证驾驶拘留最少几天？')).toBe('无证驾驶拘留最少几天？ - 法问');
    expect(pageTitle()).toBe('法问：法律问题，律师解答');
  });

  it('labels a citation down to paragraph and item', () => {
    expect(citationLabel('第一千零八十七条', 1, 2)).toBe('第一千零八十七条第一款第（二）项');
    expect(citationLabel('第一千零六十三条', undefined, 1)).toBe('第一千零六十三条第（一）项');
    expect(citationLabel('第九条')).toBe('第九条');
  });
});

describe('urls', () => {
  it('gives the current version the short URL and old versions a dated one, always with a trailing slash', () => {
    expect(questionUrl('abc')).toBe('/questions/abc/');
    expect(categoryUrl('traffic')).toBe('/categories/traffic/');
    expect(categoryUrl('traffic', 2)).toBe('/categories/traffic/2/');
    expect(lawUrl('civil-code', { effectiveFrom: '2021-01-01', current: true })).toBe('/laws/civil-code/');
    expect(articleUrl('aucl', { effectiveFrom: '2019-04-23', current: false }, '9')).toBe(
      '/laws/aucl/versions/2019-04-23/9/',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { articleUrl, categoryUrl, editUrl, lawUrl, questionUrl } from '../../../src/shared/urls.ts';

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

  it('links to the source file in the repository’s web editor', () => {
    expect(editUrl('content/questions/a b.md', 'https://git.example/org/kb/edit/main')).toBe(
      'https://git.example/org/kb/edit/main/content/questions/a%20b.md',
    );
  });
});

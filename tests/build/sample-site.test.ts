import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog.ts';
import { loadContentFiles } from '../../src/lib/content-files.ts';
import { isCurrent } from '../../src/lib/laws.ts';
import { articleUrl, authorUrl, categoryUrl, lawUrl, questionUrl } from '../../src/lib/urls.ts';
import { buildSite, repoRoot, type FixtureSite } from '../helpers/build.ts';

// Builds the repository's own sample knowledge base and checks that every page it promises exists.
let site: FixtureSite;
let code: number | null;

beforeAll(async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'fawen-sample-'));
  site = {
    dir,
    content: path.join(repoRoot, 'content'),
    dist: path.join(dir, 'dist'),
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
  ({ code } = await buildSite(site));
});

afterAll(() => site?.cleanup());

describe('the sample site build', () => {
  const { content } = loadContentFiles(path.join(repoRoot, 'content'), repoRoot);
  const catalog = buildCatalog(content, { includeDrafts: false });
  const exists = (url: string) => existsSync(path.join(site.dist, url, 'index.html'));

  it('succeeds', () => expect(code).toBe(0));

  it('has a page for each of the 21 questions, each author and each category', () => {
    expect(catalog.questions).toHaveLength(21);
    for (const q of catalog.questions) expect(exists(questionUrl(q.id)), q.id).toBe(true);
    for (const a of catalog.authors) expect(exists(authorUrl({ id: a.id, kind: a.data.kind })), a.id).toBe(true);
    for (const c of catalog.categories) expect(exists(categoryUrl(c.id)), c.id).toBe(true);
  });

  it('has a page for each law version and each cited article', () => {
    for (const law of catalog.laws) {
      for (const version of law.data.versions) {
        const ref = { effectiveFrom: version.effectiveFrom, current: isCurrent(law.data, version) };
        expect(exists(lawUrl(law.id, ref)), `${law.id} ${version.effectiveFrom}`).toBe(true);
      }
    }
    expect(catalog.citedArticles.length).toBeGreaterThan(100);
    for (const cited of catalog.citedArticles) {
      const ref = { effectiveFrom: cited.version.effectiveFrom, current: isCurrent(cited.law, cited.version) };
      expect(exists(articleUrl(cited.lawId, ref, cited.article.id)), `${cited.lawId} ${cited.article.label}`).toBe(
        true,
      );
    }
  });

  it('indexes exactly the question pages for search', async () => {
    const entry = JSON.parse(await readFile(path.join(site.dist, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(entry.languages['zh-cn'].page_count).toBe(21);
  });
});

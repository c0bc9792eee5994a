import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/catalog/catalog.ts';
import { loadContentFiles } from '../../src/knowledge/files.ts';
import { lawLibrary } from '../../src/laws/library.ts';
import { isCurrent } from '../../src/laws/versions.ts';
import { articleUrl, authorUrl, categoryUrl, lawUrl, questionUrl } from '../../src/shared/urls.ts';
import { repoRoot } from '../helpers/build.ts';
import { sampleDist } from '../helpers/e2e.ts';

// The repository's own sample knowledge base, built once for the whole run (the browser tests look
// at the same build): every page it promises exists.
let dist: string;

beforeAll(async () => {
  dist = await sampleDist();
});

describe('the sample site build', () => {
  const { content, overrides } = loadContentFiles(path.join(repoRoot, 'content'), repoRoot);
  const catalog = buildCatalog(content, lawLibrary(content.laws, overrides), { includeDrafts: false });
  const exists = (url: string) => existsSync(path.join(dist, url, 'index.html'));

  it('succeeds', () => expect(existsSync(path.join(dist, 'index.html'))).toBe(true));

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
    expect(catalog.articlePages.length).toBeGreaterThan(100);
    for (const cited of catalog.articlePages) {
      const ref = { effectiveFrom: cited.version.effectiveFrom, current: isCurrent(cited.law, cited.version) };
      expect(exists(articleUrl(cited.lawId, ref, cited.article.id)), `${cited.lawId} ${cited.article.label}`).toBe(
        true,
      );
    }
  });

  it('shows the seed answer’s renumbered articles at each citation and in the cited-statutes panel', async () => {
    const html = await readFile(path.join(dist, 'questions/shang-ye-ji-mi-an-quan-bao-hu/index.html'), 'utf8');
    const old = '/laws/anti-unfair-competition-law/versions/2019-04-23/';
    expect(html).toContain(
      `<a href="${old}9/" class="citation citation-superseded">《中华人民共和国反不正当竞争法》第九条</a>`,
    );
    expect(html).toContain(
      `<a href="${old}17/" class="citation citation-superseded">《中华人民共和国反不正当竞争法》第十七条</a>`,
    );
    expect(html).toContain(
      '（该法已于2025年10月15日修订，<a href="/laws/anti-unfair-competition-law/10/">现为第十条</a>，内容未变）',
    );
    expect(html).toContain(
      '（该法已于2025年10月15日修订，<a href="/laws/anti-unfair-competition-law/22/">现为第二十二条</a>，内容有修改）',
    );
    expect(html).toContain(
      '<a href="/laws/civil-code/577/" class="citation">《中华人民共和国民法典》第五百七十七条</a>',
    );
    expect(html.match(/class="notice superseded-notice"/g)).toHaveLength(2);
    expect(html).toContain(
      'href="https://github.com/fawen-kb/fawen/edit/main/content/questions/shang-ye-ji-mi-an-quan-bao-hu.md"',
    );
    // The cited-statutes panel: 第九条 carried word for word, 第十七条 with its changed words marked.
    const notices = [...html.matchAll(/<div class="notice superseded-notice"[\s\S]*?<\/div>/g)].map((m) => m[0]);
    const text = (fragment: string) => fragment.replace(/<[^>]+>/g, '').replace(/\s+/g, '');
    expect(text(notices[0]!)).toContain('修订：内容未变。现为第十条');
    expect(notices[0]).not.toMatch(/<(del|ins)\b/);
    expect(text(notices[1]!)).toContain('修订：内容有修改。现为第二十二条');
    expect(notices[1]).toMatch(
      /<del\b[^>]*>.*［删去：.*恶.*<\/del>\s*<ins\b[^>]*>.*［新增：.*故.*<\/ins>意实施侵犯商业秘密行为/s,
    );
    expect(text(notices[1]!)).toContain(
      '实际损失［删去：确定；实际损失难以计算的，按照］［新增：或者］侵权人因侵权所获得的利益确定',
    );
  });

  it('links superseded and current article pages both ways', async () => {
    const old = await readFile(
      path.join(dist, 'laws/anti-unfair-competition-law/versions/2019-04-23/9/index.html'),
      'utf8',
    );
    expect(old).toMatch(/现行版本中相应内容为\s*<a href="\/laws\/anti-unfair-competition-law\/10\/"/);
    expect(old).toContain('href="/questions/shang-ye-ji-mi-an-quan-bao-hu/"');
    const now = await readFile(path.join(dist, 'laws/anti-unfair-competition-law/10/index.html'), 'utf8');
    expect(now).toContain('href="/laws/anti-unfair-competition-law/versions/2019-04-23/9/"');
    expect(now).toContain('"legislationLegalForce":"https://schema.org/InForce"');
    expect(old).toContain('"legislationLegalForce":"https://schema.org/NotInForce"');
  });

  it('says which text of 刑法 and 食品安全法 is in force: only the newest version in the library', async () => {
    const text = async (file: string) => (await readFile(path.join(dist, file), 'utf8')).replace(/<[^>]+>/g, '');
    for (const [law, old, current] of [
      ['criminal-law', '2021-03-01', '2024-03-01'],
      ['food-safety-law', '2021-04-29', '2025-12-01'],
    ] as const) {
      const now = await text(`laws/${law}/index.html`);
      expect(now, law).toContain(`${current} 起施行（现行有效）`);
      expect(now, law).toContain(`${old} 起施行，${current} 失效`);
      expect(now.match(/现行有效/g), law).toHaveLength(1);
      const before = await text(`laws/${law}/versions/${old}/index.html`);
      expect(before, law).toContain(`这是 ${old} 起施行、已于 ${current} 失效的旧版本`);
    }
    // The history header names the amendment the current text includes.
    expect(await text('laws/criminal-law/index.html')).toContain('刑法修正案（十二）');
  });

  it('compares an article’s text across the versions on its pages (新旧对照), changed words marked', async () => {
    const page = async (file: string) => {
      const html = await readFile(path.join(dist, file), 'utf8');
      return html.slice(html.indexOf('id="versions-title"'), html.indexOf('id="citing-title"'));
    };
    const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, '');
    const revised = await page('laws/anti-unfair-competition-law/22/index.html');
    expect(text(revised)).toContain('2019年版第十七条→2025年版第二十二条：内容有修改');
    const [old, now] = revised.split(/<h4\b/).slice(1);
    expect(old).toMatch(/<del\b[^>]*>.*［删去：.*恶.*<\/del>/s);
    expect(old).not.toMatch(/<ins\b/);
    expect(now).toMatch(/<ins\b[^>]*>.*［新增：.*故.*<\/ins>/s);
    expect(now).not.toMatch(/<del\b/);
    // The same comparison from the old version's page; 第九条 → 第十条 carried word for word.
    expect(text(await page('laws/anti-unfair-competition-law/versions/2019-04-23/17/index.html'))).toContain(
      '2019年版第十七条→2025年版第二十二条：内容有修改',
    );
    const unchanged = await page('laws/anti-unfair-competition-law/10/index.html');
    expect(text(unchanged)).toContain('2019年版第九条→2025年版第十条：内容未变');
    expect(unchanged).not.toMatch(/<(del|ins)\b/);
  });

  it('indexes exactly the question pages for search', async () => {
    const entry = JSON.parse(await readFile(path.join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    // One language-neutral index: the tokens are our own bigrams (src/search/text.ts).
    expect(Object.values(entry.languages).map((language) => language.page_count)).toEqual([21]);
  });
});

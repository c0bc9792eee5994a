import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/check-content.ts';
import { loadContentFiles } from '../../src/knowledge/files.ts';
import { currentVersion, findArticle } from '../../src/laws/versions.ts';
import { articleId } from '../../src/laws/article-ref.ts';
import { formatProblem } from '../../src/knowledge/problems.ts';
import { repoRoot } from '../helpers/build.ts';

// The sample knowledge base that ships with the repository is itself held to the content rules.
const contentDir = path.join(repoRoot, 'content');
const { content } = loadContentFiles(contentDir, repoRoot);

describe('the sample knowledge base', () => {
  it('passes the content check, flagging only the seed answer that relies on the superseded 2019 text', () => {
    expect(checkContent(contentDir, repoRoot).problems.map(formatProblem)).toEqual([
      'content/questions/shang-ye-ji-mi-an-quan-bao-hu.md:7: 警告 statutes: 解答依据的法律版本已修订：《反不正当竞争法》2019-04-23 版已被 2025-10-15 起施行的版本取代（第九条 → 第十条（内容未变）、第十七条 → 第二十二条（内容有修改））。请复核解答，修改后更新 updated 日期',
    ]);
  });

  it('holds the seed question and its 20 recommended questions', () => {
    expect(content.questions).toHaveLength(21);
    const seed = content.questions.find((q) => q.id === 'shang-ye-ji-mi-an-quan-bao-hu');
    expect(seed?.data.lawyer).toBe('zhang-kai');
    expect(seed?.data.statutes.map((s) => `${s.law}:${s.article.number}`)).toEqual([
      'anti-unfair-competition-law:9',
      'civil-code:577',
      'anti-unfair-competition-law:17',
    ]);
    const zhang = content.authors.find((a) => a.id === 'zhang-kai')?.data;
    expect(zhang).toMatchObject({ name: '张凯', kind: 'lawyer', credential: '执业律师', helped: 867 });
  });

  const samples = content.questions.filter((q) => q.data.sample);

  it('marks the 20 written answers as samples by the editorial team', () => {
    expect(samples).toHaveLength(20);
    const editorial = new Set(content.authors.filter((a) => a.data.kind === 'editorial').map((a) => a.id));
    for (const q of samples) expect(editorial.has(q.data.lawyer), q.file).toBe(true);
  });

  it.each(samples.map((q) => [q.id, q] as const))(
    '%s: at least 400 Chinese characters citing a law in force today',
    (_id, q) => {
      expect((q.body.match(/\p{Script=Han}/gu) ?? []).length).toBeGreaterThanOrEqual(400);
      const laws = new Map(content.laws.map((law) => [law.id, law.data]));
      const inForce = q.data.statutes.filter((s) => {
        const law = laws.get(s.law);
        return (
          law &&
          currentVersion(law).effectiveTo === null &&
          findArticle(currentVersion(law), articleId(s.article.number, s.article.sub))
        );
      });
      expect(inForce.length).toBeGreaterThan(0);
    },
  );
});

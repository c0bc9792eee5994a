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

  // A legal review read these answers against the statute texts; each correction is held here.
  describe('answers corrected after the legal review', () => {
    const answer = (id: string) => content.questions.find((q) => q.id === id)!;
    const cites = (id: string, law: string, number: number) =>
      answer(id).data.statutes.some((s) => s.law === law && s.article.number === number);

    it('小额诉讼 comes with 民事诉讼法 第一百六十六条’s exclusions: cases that need 鉴定 or 评估', () => {
      expect(cites('jiao-tong-shi-gu-qi-su-jin-e', 'civil-procedure-law', 166)).toBe(true);
      expect(answer('jiao-tong-shi-gu-qi-su-jin-e').body).toContain('需要评估、鉴定或者对诉前评估、鉴定结果有异议的案件');
    });

    it('醉驾 is a crime with or without a licence', () => {
      const body = answer('wu-zheng-jia-shi-ju-liu-ji-tian').body;
      expect(body).not.toContain('无证驾驶同时醉酒驾驶的，可能构成');
      expect(body).toContain('不问有没有驾驶证');
    });

    it('发错货 puts the contract’s own terms first (民法典 第五百八十二条, then 第五百一十条)', () => {
      expect(cites('shang-jia-fa-cuo-huo-lian-xi-bu-shang', 'civil-code', 510)).toBe(true);
      expect(answer('shang-jia-fa-cuo-huo-lian-xi-bu-shang').body).toContain('应当按照当事人的约定承担违约责任');
    });

    it('第一千零八十七条第二款 is not offered as a rule for 拆迁安置房', () => {
      const body = answer('li-hun-chai-qian-an-zhi-fang-fen-ge').body;
      expect(body).not.toContain('如果拆迁涉及农村土地征收，《民法典》第一千零八十七条第二款还要求');
      expect(body).toContain('它针对的是承包土地上的权益，不是房屋');
    });

    it('商品条码 does not present a regulation outside the library as quoted law', () => {
      const body = answer('shang-pin-tiao-ma-xu-ke-shi-yong').body;
      expect(body).not.toContain('《商品条码管理办法》');
      expect(body).toContain('这些规定不在本站的法规库里');
    });

    it('each corrected answer says when it was revised', () => {
      for (const id of [
        'jiao-tong-shi-gu-qi-su-jin-e',
        'wu-zheng-jia-shi-ju-liu-ji-tian',
        'shang-jia-fa-cuo-huo-lian-xi-bu-shang',
        'li-hun-chai-qian-an-zhi-fang-fen-ge',
        'shang-pin-tiao-ma-xu-ke-shi-yong',
      ])
        expect(answer(id).data.updated, id).toBe('2026-12-02');
    });
  });
});

import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, prepareFixture, readPage, type BuildResult, type FixtureSite } from '../helpers/build.ts';

// One real build of the `basic` fixture; every assertion reads the HTML it wrote.
let site: FixtureSite;
let build: BuildResult;

beforeAll(async () => {
  site = await prepareFixture('basic', ['anti-unfair-competition-law']);
  build = await buildSite(site);
});

afterAll(() => site?.cleanup());

describe('a fixture site build', () => {
  it('succeeds', () => {
    expect(build.output).not.toMatch(/error/i);
    expect(build.code).toBe(0);
  });

  it('writes a page for each published question, author, category, law version and cited article', () => {
    for (const page of [
      'index.html',
      '404.html',
      'questions/trade-secrets/index.html',
      'questions/new-law/index.html',
      'lawyers/wang-fang/index.html',
      'team/editors/index.html',
      'categories/index.html',
      'categories/ip/index.html',
      'categories/contracts/index.html',
      'laws/index.html',
      'laws/anti-unfair-competition-law/index.html',
      'laws/anti-unfair-competition-law/10/index.html',
      'laws/anti-unfair-competition-law/versions/2019-04-23/index.html',
      'laws/anti-unfair-competition-law/versions/2019-04-23/9/index.html',
      'search/index.html',
      'pagefind/pagefind.js',
    ]) {
      expect(existsSync(path.join(site.dist, page)), page).toBe(true);
    }
  });

  it('never publishes drafts, nor links to them', async () => {
    expect(existsSync(path.join(site.dist, 'questions/draft-question'))).toBe(false);
    for (const page of ['/', '/questions/new-law/', '/categories/contracts/', '/team/editors/']) {
      expect(await readPage(site, page), page).not.toContain('draft-question');
    }
  });

  it('renders the question page: title, reader question, answer, lawyer card, cited statutes', async () => {
    const html = await readPage(site, '/questions/trade-secrets/');
    expect(html).toContain('<html lang="zh-CN"');
    expect(html).toContain('<title>员工带走客户名单怎么办？ - 法问</title>');
    expect(html).toMatch(/<h1[^>]*>员工带走客户名单怎么办？<\/h1>/);
    expect(html).toContain('离职员工把客户名单带到了竞争对手那里，我该怎么办？');
    expect(html).toContain('客户名单可以构成商业秘密，见');
    expect(html).toContain('href="/lawyers/wang-fang/"');
    expect(html).toContain('执业律师');
    expect(html).toContain('已帮助 12 人解决法律问题');
    // Cited under the 2019 text in force on the answer date, linked to that version's article page.
    expect(html).toContain('href="/laws/anti-unfair-competition-law/versions/2019-04-23/9/"');
    expect(html).toContain('经营者不得实施下列侵犯商业秘密的行为');
    expect(html).toContain('href="/questions/new-law/"');
    expect(html).toContain('data-pagefind-body');
    expect(html).toContain('rel="canonical" href="https://fawen.example.cn/questions/trade-secrets/"');
  });

  it('sanitizes raw HTML in answers and marks external links', async () => {
    const html = await readPage(site, '/questions/trade-secrets/');
    expect(html).toContain('注意<sup>1</sup>与<span>红字</span>。');
    expect(html).toMatch(
      /<a href="https:\/\/example\.org\/page" rel="noopener noreferrer external" class="external-link">/,
    );
    expect(html).toContain('<a href="/questions/new-law/">站内链接</a>');
  });

  it('shows the editorial team as a team, never as a lawyer, and marks sample answers', async () => {
    const html = await readPage(site, '/questions/new-law/');
    expect(html).toContain('href="/team/editors/"');
    expect(html).toContain('编辑团队（非律师）');
    expect(html).toContain('示例解答');
    expect(html).not.toMatch(/class="role"[^>]*>执业律师/);
    expect(html).toContain('第十条第一款');
    // No page claims a lawyer answered: the editorial team's answers are not lawyers' answers.
    const text = html.replace(/<[^>]+>/g, '');
    expect(text).not.toContain('律师解答');
    expect(text).toContain('编辑部解答');
    for (const url of ['/', '/search/', '/team/editors/', '/categories/ip/']) {
      expect((await readPage(site, url)).replace(/<[^>]+>/g, ''), url).not.toMatch(/律师解答|律师怎么说/);
    }
  });

  it('shows what readers judge a lawyer by: name, credential, firm, region and licence number', async () => {
    for (const url of ['/questions/trade-secrets/', '/lawyers/wang-fang/']) {
      const text = (await readPage(site, url)).replace(/<[^>]+>/g, '');
      for (const fact of ['王芳', '执业律师', '测试律师事务所', '上海', '13101201010123456'])
        expect(text, url).toContain(fact);
    }
  });

  it('lists citing questions on article pages and links versions both ways', async () => {
    const article = await readPage(site, '/laws/anti-unfair-competition-law/versions/2019-04-23/9/');
    expect(article).toContain('href="/questions/trade-secrets/"');
    const law = await readPage(site, '/laws/anti-unfair-competition-law/');
    expect(law).toContain('id="article-10"');
    expect(law).toContain('href="/laws/anti-unfair-competition-law/versions/2019-04-23/"');
    expect(law).toMatch(/<h2[^>]*>第一章　总则<\/h2>/);
  });

  it('paginates category pages and counts questions per category', async () => {
    const home = await readPage(site, '/');
    expect(home).toContain('href="/categories/ip/"');
    const category = await readPage(site, '/categories/ip/');
    expect(category).toContain('href="/questions/trade-secrets/"');
    expect(category).toContain('href="/questions/new-law/"');
  });
});

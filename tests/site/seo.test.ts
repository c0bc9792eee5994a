import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, editFixture, prepareFixture, type BuildResult, type FixtureSite } from '../helpers/build.ts';

// The basic fixture plus a question whose title and answer try to break out of the JSON-LD script,
// and which was renamed (its old slug must keep working).
const TRICKY_TITLE = '标题里有</script><script>alert("title")</script>和"引号"？';
const TRICKY = `---
title: '${TRICKY_TITLE.replace(/'/g, "''")}'
question: "读者写了 <!-- 注释 --> 和 \\u2028 行分隔符，还有 </script> 标签"
category: ip
lawyer: wang-fang
aliases: [old-tricky]
statutes:
  - { law: anti-unfair-competition-law, article: 10 }
published: 2025-11-05
updated: 2025-11-20
---

答案里写了 \`</script><script>alert("answer")</script>\` 与 "双引号"，依照《反不正当竞争法》第十条。
`;

let site: FixtureSite;
let build: BuildResult;
const pages = new Map<string, string>();

beforeAll(async () => {
  site = await prepareFixture('basic', ['anti-unfair-competition-law']);
  await writeFile(path.join(site.content, 'questions/tricky.md'), TRICKY);
  await editFixture(site, 'questions/new-law.md', (t) =>
    t.replace('published: 2025-11-02', 'published: 2025-11-02\nupdated: 2025-12-01'),
  );
  // The content is committed later than any answer's date, as a typo fix would be: crawlers are
  // told of the commit, readers never.
  commitContent(site.content, COMMITTED);
  build = await buildSite(site);
  for (const file of fs.globSync('**/*.html', { cwd: site.dist })) {
    pages.set(`/${file.replace(/index\.html$/, '')}`, fs.readFileSync(path.join(site.dist, file), 'utf8'));
  }
});

afterAll(() => site?.cleanup());

const SITE = 'https://fawen.example.cn';
const COMMITTED = '2026-06-01';

function commitContent(dir: string, date: string): void {
  const env = {
    ...process.env,
    GIT_AUTHOR_DATE: `${date}T12:00:00Z`,
    GIT_COMMITTER_DATE: `${date}T12:00:00Z`,
    GIT_AUTHOR_NAME: 'Editor',
    GIT_AUTHOR_EMAIL: 'editor@example.cn',
    GIT_COMMITTER_NAME: 'Editor',
    GIT_COMMITTER_EMAIL: 'editor@example.cn',
  };
  for (const args of [
    ['init', '-q'],
    ['add', '.'],
    ['commit', '-q', '-m', 'content'],
  ]) {
    const git = spawnSync('git', args, { cwd: dir, env, encoding: 'utf8' });
    if (git.status !== 0) throw new Error(`git ${args.join(' ')}: ${git.stderr}`);
  }
}
const read = (file: string) => fs.readFileSync(path.join(site.dist, file), 'utf8');

function jsonLd(html: string): Record<string, unknown>[] {
  const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
  return blocks.map((block) => JSON.parse(block[1]!) as Record<string, unknown>);
}

function nodes(html: string): Record<string, any>[] {
  return jsonLd(html).flatMap((data) => (Array.isArray(data['@graph']) ? data['@graph'] : [data]));
}

const indexable = () =>
  [...pages.keys()].filter((url) => !['/search/', '/404.html', '/questions/old-tricky/'].includes(url));

describe('what search engines get', () => {
  it('builds', () => expect(build.code, build.output).toBe(0));

  it('gives every page one h1, a lang, a title and description of its own, and Open Graph and Twitter tags', () => {
    for (const [url, html] of pages) {
      if (url === '/questions/old-tricky/') continue;
      expect(html, url).toContain('<html lang="zh-CN"');
      expect(html.match(/<h1[\s>]/g), url).toHaveLength(1);
      expect(html, url).toMatch(/<meta name="description" content="[^"]+"/);
      expect(html, url).toMatch(/<meta property="og:title" content="[^"]+"/);
      expect(html, url).toMatch(/<meta name="twitter:card" content="summary"/);
      expect(html, url).toMatch(/<main[\s>]/);
      expect(html, url).toMatch(/<link rel="alternate" type="application\/atom\+xml"[^>]*href="\/feed.xml"/);
    }
    expect(pages.get('/questions/trade-secrets/')).toContain('<title>员工带走客户名单怎么办？ - 法问</title>');
    expect(pages.get('/questions/trade-secrets/')).toContain('<meta property="og:type" content="article"');
  });

  it('gives every indexable page an absolute canonical URL with a trailing slash, and none to the others', () => {
    for (const url of indexable()) {
      expect(pages.get(url), url).toContain(`<link rel="canonical" href="${SITE}${url}"`);
    }
    expect(pages.get('/search/')).toContain('<meta name="robots" content="noindex"');
    expect(pages.get('/search/')).not.toContain('rel="canonical"');
  });

  it('lists exactly the indexable pages in the sitemap, dated by their content, never by the build', () => {
    const parser = new XMLParser();
    const index = parser.parse(read('sitemap-index.xml'));
    expect(index.sitemapindex.sitemap.loc).toBe(`${SITE}/sitemap-0.xml`);
    const urls = [parser.parse(read('sitemap-0.xml')).urlset.url].flat() as { loc: string; lastmod?: string }[];
    expect(urls.map((u) => u.loc).sort()).toEqual(
      indexable()
        .map((url) => `${SITE}${url}`)
        .sort(),
    );
    const lastmod = new Map(urls.map((u) => [u.loc, u.lastmod]));
    // The content's last commit, later than every answer's own date.
    expect(lastmod.get(`${SITE}/questions/new-law/`)).toBe(COMMITTED);
    expect(lastmod.get(`${SITE}/questions/trade-secrets/`)).toBe(COMMITTED);
    expect(lastmod.get(`${SITE}/categories/ip/`)).toBe(COMMITTED);
    expect(read('robots.txt')).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
  });

  it('shows readers the date each answer speaks for, never the date of a commit', () => {
    const text = (url: string) => pages.get(url)!.replace(/<[^>]+>/g, '');
    // Committed on 2026-06-01, answered on 2025-03-01 and never updated: no 更新于 at all.
    expect(text('/questions/trade-secrets/')).not.toContain('更新于');
    expect(text('/questions/trade-secrets/')).toContain('解答依据 2025年3月1日 有效的法律');
    expect(text('/questions/new-law/')).toContain('更新于 2025年12月1日');
    expect(text('/questions/new-law/')).toContain('解答依据 2025年12月1日 有效的法律');
    for (const [url, html] of pages) {
      expect(html, url).not.toContain('2026年6月1日');
      expect(html, url).not.toContain(COMMITTED);
    }
    expect(read('feed.xml')).not.toContain(COMMITTED);
  });

  it('describes question pages as an Article about a Question with its accepted Answer, citing Legislation', () => {
    const graph = nodes(pages.get('/questions/trade-secrets/')!);
    const article = graph.find((node) => node['@type'] === 'Article')!;
    expect(article).toMatchObject({
      headline: '员工带走客户名单怎么办？',
      description: '离职员工把客户名单带到了竞争对手那里，我该怎么办？',
      datePublished: '2025-03-01',
      dateModified: '2025-03-01',
      author: { '@type': 'Person', name: '王芳', jobTitle: '执业律师', url: `${SITE}/lawyers/wang-fang/` },
      publisher: { '@type': 'Organization', name: '法问' },
      mainEntity: { '@type': 'Question', acceptedAnswer: { '@type': 'Answer' } },
    });
    expect(article.mainEntity.acceptedAnswer.text).toContain('客户名单可以构成商业秘密');
    expect(article.citation[0]).toMatchObject({
      '@type': 'Legislation',
      legislationIdentifier: '中华人民共和国反不正当竞争法第九条',
      legislationDateVersion: '2019-04-23',
      legislationLegalForce: 'https://schema.org/NotInForce',
      isPartOf: { '@type': 'Legislation', name: '中华人民共和国反不正当竞争法' },
    });
    const crumbs = graph.find((node) => node['@type'] === 'BreadcrumbList')!;
    expect(crumbs.itemListElement.map((item: { name: string }) => item.name)).toEqual([
      '首页',
      '知识产权',
      '员工带走客户名单怎么办？',
    ]);
    const editorial = nodes(pages.get('/questions/new-law/')!).find((node) => node['@type'] === 'Article')!;
    expect(editorial.author['@type']).toBe('Organization');
  });

  it('gives every built page JSON-LD that parses and has the properties its page type requires', () => {
    const required: Record<string, string[]> = {
      Article: [
        'headline',
        'description',
        'datePublished',
        'dateModified',
        'author',
        'publisher',
        'mainEntity',
        'citation',
      ],
      BreadcrumbList: ['itemListElement'],
      ProfilePage: ['mainEntity', 'url'],
      Legislation: [
        'name',
        'legislationIdentifier',
        'legislationDate',
        'legislationDateVersion',
        'legislationLegalForce',
      ],
    };
    const expected = (url: string) =>
      url.startsWith('/questions/')
        ? ['Article', 'BreadcrumbList']
        : /^\/(lawyers|team)\/./.test(url)
          ? ['ProfilePage']
          : /^\/laws\/./.test(url)
            ? ['Legislation']
            : [];
    for (const [url, html] of pages) {
      if (url === '/questions/old-tricky/') continue;
      const found = nodes(html);
      expect(
        found.map((node) => node['@type']),
        url,
      ).toEqual(expected(url));
      for (const node of found) {
        for (const key of required[node['@type']]!) expect(node[key], `${url} ${node['@type']}.${key}`).toBeTruthy();
      }
    }
  });

  it('describes lawyer pages as a ProfilePage and law and article pages as Legislation', () => {
    expect(nodes(pages.get('/lawyers/wang-fang/')!)[0]).toMatchObject({
      '@type': 'ProfilePage',
      mainEntity: { '@type': 'Person', name: '王芳', jobTitle: '执业律师' },
    });
    for (const url of ['/laws/anti-unfair-competition-law/', '/laws/anti-unfair-competition-law/10/']) {
      const [law] = nodes(pages.get(url)!);
      expect(law, url).toMatchObject({ '@type': 'Legislation', legislationLegalForce: 'https://schema.org/InForce' });
      for (const key of ['name', 'legislationIdentifier', 'legislationDate', 'legislationDateVersion']) {
        expect(law![key], `${url} ${key}`).toBeTruthy();
      }
    }
  });

  it('serializes JSON-LD safely: a title or answer with </script>, quotes, <!-- or line separators cannot break out', () => {
    const html = pages.get('/questions/tricky/')!;
    const article = nodes(html).find((node) => node['@type'] === 'Article')!;
    expect(article.headline).toBe(TRICKY_TITLE);
    expect(article.description).toContain('<!-- 注释 -->');
    // The answer as readers see it, quotes and code included, serialized so it cannot end the script.
    expect(article.mainEntity.acceptedAnswer.text).toBe(
      '答案里写了 </script><script>alert("answer")</script> 与 "双引号"，依照《反不正当竞争法》第十条。',
    );
    // Parsed as a browser would: the only script elements are the JSON-LD blocks, none was injected.
    const scripts: Element[] = [];
    visit(fromHtml(html), 'element', (node: Element) => {
      if (node.tagName === 'script') scripts.push(node);
    });
    expect(scripts.map((node) => node.properties.type)).toEqual(['application/ld+json']);
  });

  it('keeps a renamed question’s old URL working with a redirect page and a _redirects rule', () => {
    const redirect = pages.get('/questions/old-tricky/')!;
    expect(redirect).toMatch(/<meta http-equiv="refresh" content="0;url=\/questions\/tricky\/"/);
    expect(redirect).toContain(`<link rel="canonical" href="${SITE}/questions/tricky/"`);
    expect(read('_redirects')).toBe('/questions/old-tricky/ /questions/tricky/ 301\n');
  });

  it('publishes valid Atom feeds with full answers and absolute links, site-wide and per category', () => {
    for (const file of ['feed.xml', 'categories/ip/feed.xml']) {
      const xml = read(file);
      expect(XMLValidator.validate(xml), file).toBe(true);
      const feed = new XMLParser({ ignoreAttributes: false }).parse(xml).feed;
      const entries = [feed.entry].flat();
      expect(entries.length, file).toBeGreaterThan(0);
      for (const entry of entries) {
        expect(entry.link['@_href']).toMatch(/^https:\/\/fawen\.example\.cn\/questions\/[a-z-]+\/$/);
        const content = entry.content['#text'] as string;
        for (const [, url] of content.matchAll(/(?:href|src)="([^"]*)"/g))
          expect(url, file).toMatch(/^(https?:|mailto:|tel:)/);
      }
    }
    const entries = [new XMLParser({ ignoreAttributes: false }).parse(read('feed.xml')).feed.entry].flat();
    const tricky = entries.find((entry) => entry.id === `${SITE}/questions/tricky/`);
    expect(tricky.content['#text']).not.toContain('<script');
    expect(tricky.content['#text']).toContain(`href="${SITE}/laws/anti-unfair-competition-law/10/"`);
  });
});

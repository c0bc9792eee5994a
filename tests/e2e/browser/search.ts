import fs from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startPreview, type Preview } from '../../helpers/browser.ts';
import { buildSite, repoRoot } from '../../helpers/build.ts';
import { measureRecall, readRecallQueries, searchPage } from '../../../bench/measure/search-recall.ts';

describe('search', () => {
  const queries = readRecallQueries(path.join(import.meta.dirname, '../search-queries.yaml'));

  let dir: string;
  let preview: Preview;
  let browser: Browser;

  // Shards of 8 pages make three, so every query runs on an index merged in the browser as on a large site.
  const SHARD_PAGES = '8';

  // One real build of the sample site, plus Pagefind's out-of-the-box index of the same pages for comparison.
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'fawen-search-'));
    const dist = path.join(dir, 'dist');
    const build = await buildSite(
      { dir, content: path.join(repoRoot, 'content'), dist, cleanup: async () => {} },
      { FAWEN_SEARCH_SHARD_PAGES: SHARD_PAGES },
    );
    if (build.code !== 0) throw new Error(build.output);
    const { index } = await pagefind.createIndex({});
    await index!.addDirectory({ path: dist });
    await index!.writeFiles({ outputPath: path.join(dist, 'pagefind-oob') });
    await pagefind.close();
    preview = await startPreview(dist);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    preview?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  const search = (page: Page, query: string) => searchPage(page, preview.url, query);

  describe('search quality', () => {
    it('has a query set of at least 60 reader queries covering every kind', () => {
      expect(queries.length).toBeGreaterThanOrEqual(60);
      const kinds = new Set(queries.map((query) => query.kind));
      for (const kind of [
        'word',
        'substring',
        'two-words',
        'citation-chinese',
        'citation-arabic',
        'law-short',
        'everyday',
      ]) {
        expect(kinds.has(kind), kind).toBe(true);
      }
    });

    it('finds the expected page in the top 5 for every query, far above Pagefind out of the box', async () => {
      const recall = await measureRecall(browser, preview.url, queries, '/pagefind-oob/');
      console.log(
        [
          `recall@5 over ${recall.queries} queries: Fawen ${(recall.fawen * 100).toFixed(1)}%, ` +
            `Pagefind out of the box ${((recall.outOfTheBox ?? 0) * 100).toFixed(1)}%`,
          'missed by Fawen (out of the box ✓/✗):',
          ...recall.misses,
        ].join('\n'),
      );
      expect(recall.fawen).toBe(1);
      expect(recall.outOfTheBox).toBeLessThan(recall.fawen);
    });
  });

  describe('the search page', () => {
    it('is driven by keyboard: type in the header box, submit with Enter, the query stays in the URL', async () => {
      const page = await browser.newPage();
      await page.goto(`${preview.url}/questions/shang-ye-ji-mi-an-quan-bao-hu/`);
      for (let i = 0; i < 10 && (await page.evaluate(() => document.activeElement?.id)) !== 'site-search'; i++) {
        await page.keyboard.press('Tab');
      }
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
      await page.keyboard.type('无证驾驶');
      await Promise.all([page.waitForURL(/\/search\/\?q=/), page.keyboard.press('Enter')]);
      await page.waitForSelector('#search-results li');
      expect(decodeURIComponent(new URL(page.url()).search)).toBe('?q=无证驾驶');
      expect(await page.textContent('#search-status')).toMatch(/^找到 \d+ 个与“无证驾驶”相关的问题/);
      expect(await page.getAttribute('#search-status', 'role')).toBe('status');
      const first = await page.$eval('#search-results li', (li) => li.innerHTML);
      expect(first).toContain('/questions/wu-zheng-jia-shi-ju-liu-ji-tian/');
      expect(first).toContain('<mark>');
      await page.close();
    });

    it('filters by facet with counts, keeps filters in the URL, and suggests removing them when nothing is left', async () => {
      const page = await browser.newPage();
      const before = (await search(page, '拘留')).length;
      // Facets fill in after the results, once Pagefind's filter indexes have loaded.
      await page.waitForSelector('#search-facets[aria-busy="false"]');
      const legends = await page.$$eval('#search-facets legend', (nodes) => nodes.map((n) => n.textContent));
      expect(legends).toEqual(['分类', '作者', '引用的法律']);
      const box = page.getByRole('checkbox', { name: /^治安行政（[1-9]\d*）$/ });
      await box.focus();
      await Promise.all([page.waitForURL(/category=/), page.keyboard.press('Space')]);
      // The filtered search marks the list busy in the same task that changes the URL; the old
      // results stay in the list until it is done.
      await page.waitForSelector('#search-results[aria-busy="false"] li');
      const categories = await page.$$eval('#search-results li .muted', (nodes) => nodes.map((n) => n.textContent));
      expect(categories.length).toBeGreaterThan(0);
      expect(categories.length).toBeLessThan(before);
      for (const category of categories) expect(category).toMatch(/^治安行政/);
      await page.goBack();
      await page.waitForFunction(() => !location.search.includes('category'));

      await page.goto(
        `${preview.url}/search/?q=${encodeURIComponent('商业秘密')}&category=${encodeURIComponent('刑事')}`,
      );
      await page.waitForFunction(() => document.getElementById('search-status')?.textContent?.startsWith('没有找到'));
      expect(await page.textContent('#search-status')).toContain('取消部分筛选条件');
      expect(await page.getAttribute('#search-status a', 'href')).toBe(`/search/?q=${encodeURIComponent('商业秘密')}`);
      await page.close();
    });

    it('sorts by date across the merged shards, newest first', async () => {
      expect(fs.existsSync(path.join(dir, 'dist/pagefind/shard-3/pagefind-entry.json'))).toBe(true);
      const page = await browser.newPage();
      await page.goto(`${preview.url}/search/?q=${encodeURIComponent('法')}&sort=date`);
      await page.waitForFunction(
        () => document.getElementById('search-results')?.getAttribute('aria-busy') === 'false',
      );
      while (await page.isVisible('#search-more')) {
        const shown = await page.$$eval('#search-results li', (items) => items.length);
        await page.click('#search-more');
        await page.waitForFunction((n) => document.querySelectorAll('#search-results li').length > n, shown);
      }
      const dates = await page.$$eval('#search-results li .muted', (nodes) =>
        nodes.map((node) => node.textContent?.match(/\d{4}-\d{2}-\d{2}/)?.[0] ?? ''),
      );
      expect(dates.length).toBeGreaterThan(16);
      expect(dates).toEqual([...dates].sort().reverse());
      await page.close();
    });

    it('shows ten results at a time, the rest on request, moving focus to the first new one', async () => {
      const page = await browser.newPage();
      const first = await search(page, '法');
      expect(first).toHaveLength(10);
      expect(await page.textContent('#search-status')).toMatch(/^找到 (\d+) 个与“法”相关的问题，显示前 10 个。$/);
      await page.focus('#search-more');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.querySelectorAll('#search-results li').length > 10);
      expect(
        await page.evaluate(
          () => document.activeElement?.closest('li') === document.querySelectorAll('#search-results li')[10],
        ),
      ).toBe(true);
      await page.close();
    });

    it('without JavaScript the form still submits and the page says search needs JavaScript', async () => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${preview.url}/`);
      await page.fill('#home-search', '离婚');
      await Promise.all([page.waitForURL(/\/search\/\?q=/), page.press('#home-search', 'Enter')]);
      expect(await page.textContent('body')).toContain('搜索需要启用 JavaScript');
      await context.close();
    });

    it('runs under the Content Security Policy without a single violation', async () => {
      const page = await browser.newPage();
      const violations: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
      });
      await search(page, '商业秘密');
      expect(await page.$$eval('#search-results li', (items) => items.length)).toBeGreaterThan(0);
      const inlineScripts = await page.$$eval(
        'script:not([src])',
        (scripts) => scripts.filter((s) => s.getAttribute('type') !== 'application/ld+json').length,
      );
      expect(inlineScripts).toBe(0);
      expect(violations).toEqual([]);
      await page.close();
    });
  });
});

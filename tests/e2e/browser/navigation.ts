import path from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCatalog } from '../../../src/catalog/catalog.ts';
import { loadContentFiles } from '../../../src/knowledge/files.ts';
import { lawLibrary } from '../../../src/laws/library.ts';
import { isCurrent } from '../../../src/laws/versions.ts';
import { articleUrl, authorUrl, categoryUrl, questionUrl } from '../../../src/shared/urls.ts';
import { repoRoot } from '../../helpers/build.ts';
import { openPage, servedSample } from '../../helpers/e2e.ts';

describe('navigation', () => {
  const sample = servedSample();

  // Expected titles come from the content itself, so the walk checks that each link leads where it says.
  const { content, overrides } = loadContentFiles(path.join(repoRoot, 'content'), repoRoot);
  const catalog = buildCatalog(content, lawLibrary(content.laws, overrides), { includeDrafts: false });
  const SEED = 'shang-ye-ji-mi-an-quan-bao-hu';

  const pathOf = (page: Page) => decodeURIComponent(new URL(page.url()).pathname);

  async function heading(page: Page): Promise<string> {
    const h1 = page.locator('h1');
    expect(await h1.count(), `one h1 on ${pathOf(page)}`).toBe(1);
    return (await h1.innerText()).trim();
  }

  /** Clicks a link as a reader would and waits until the browser has loaded the page it leads to. */
  async function follow(page: Page, link: Locator): Promise<void> {
    const from = page.url();
    await link.click();
    await page.waitForURL((url) => url.href !== from);
  }

  async function back(page: Page): Promise<void> {
    await page.goBack({ waitUntil: 'load' });
  }

  describe('navigating the sample site', () => {
    const question = catalog.question(SEED)!;
    const category = catalog.category(question.data.category);
    const author = catalog.author(question.data.lawyer);
    const cited = catalog.citations(SEED)[0]!;
    const citedUrl = articleUrl(
      cited.lawId,
      { effectiveFrom: cited.version.effectiveFrom, current: isCurrent(cited.law, cited.version) },
      cited.article.id,
    );

    it('walks home → category → question → lawyer → back → cited article → back', async () => {
      const page = await openPage(sample.browser, () => `navigation${pathOf(page).replaceAll('/', '_')}`);
      await page.goto(`${sample.preview.url}/`);
      expect(await heading(page)).toBe('遇到法律问题？先看看常见问题的解答');

      await follow(
        page,
        page.locator('main .category-grid').getByRole('link', { name: category.data.name, exact: true }),
      );
      expect(pathOf(page)).toBe(categoryUrl(category.id));
      expect(await heading(page)).toBe(category.data.name);

      await follow(
        page,
        page.locator('main .question-list').getByRole('link', { name: question.data.title, exact: true }),
      );
      expect(pathOf(page)).toBe(questionUrl(SEED));
      expect(await heading(page)).toBe(question.data.title);

      await follow(page, page.locator('.author-card a'));
      expect(pathOf(page)).toBe(authorUrl({ id: author.id, kind: author.data.kind }));
      expect(await heading(page)).toBe(author.data.name);

      await back(page);
      expect(pathOf(page)).toBe(questionUrl(SEED));
      expect(await heading(page)).toBe(question.data.title);

      await follow(page, page.locator('.cited-statutes h3 a').first());
      expect(pathOf(page)).toBe(citedUrl);
      expect(await heading(page)).toBe(`《${cited.law.title}》${cited.article.label}`);

      await back(page);
      expect(pathOf(page)).toBe(questionUrl(SEED));
      expect(await heading(page)).toBe(question.data.title);
    });
  });

  /** WCAG relative luminance of a computed CSS colour, 0 (black) to 1 (white). */
  function luminance(color: string): number {
    const channels = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)/.exec(color);
    if (!channels) throw new Error(`unexpected computed colour ${color}`);
    const [r, g, b] = channels.slice(1, 4).map((value) => {
      const c = Number(value) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  }

  describe('colour schemes', () => {
    for (const url of ['/', questionUrl(SEED)]) {
      it(`follows the reader's light or dark preference on ${url}`, async () => {
        let scheme = 'light';
        const page = await openPage(sample.browser, () => `scheme-${scheme}${url.replaceAll('/', '_')}`);
        await page.goto(`${sample.preview.url}${url}`);
        const colors = () =>
          page.evaluate(() => {
            const style = getComputedStyle(document.body);
            return { background: style.backgroundColor, text: style.color };
          });

        await page.emulateMedia({ colorScheme: 'light' });
        const light = await colors();
        expect(luminance(light.background), `light background ${light.background}`).toBeGreaterThan(0.8);
        expect(luminance(light.text), `light text ${light.text}`).toBeLessThan(0.1);

        scheme = 'dark';
        await page.emulateMedia({ colorScheme: 'dark' });
        const dark = await colors();
        expect(luminance(dark.background), `dark background ${dark.background}`).toBeLessThan(0.05);
        expect(luminance(dark.text), `dark text ${dark.text}`).toBeGreaterThan(0.6);
      });
    }
  });

  describe('a 375-pixel phone screen', () => {
    let phone: BrowserContext;
    beforeAll(async () => {
      phone = await sample.browser.newContext({
        viewport: { width: 375, height: 812 },
        isMobile: true,
        hasTouch: true,
      });
    });
    afterAll(() => phone?.close());

    const pages = [
      { name: 'home', url: '/' },
      { name: 'question', url: questionUrl(SEED) },
      { name: 'law', url: '/laws/civil-code/' },
      {
        name: 'search',
        url: `/search/?q=${encodeURIComponent('商业秘密')}`,
        ready: '#search-results[aria-busy="false"] li',
      },
    ];

    for (const { name, url, ready } of pages) {
      it(`needs no horizontal scrolling on the ${name} page (${decodeURIComponent(url)})`, async () => {
        const page = await openPage(phone, `phone-${name}`);
        await page.goto(`${sample.preview.url}${url}`);
        if (ready) await page.waitForSelector(ready);
        const { width, overflowing } = await page.evaluate(() => {
          const sticksOut = (element: Element | null) =>
            element !== null && element.getBoundingClientRect().right > window.innerWidth + 0.5;
          return {
            width: document.documentElement.scrollWidth,
            // Named in the failure message: the outermost elements that reach past the screen's edge.
            overflowing: [...document.querySelectorAll('body *')]
              .filter((element) => sticksOut(element) && !sticksOut(element.parentElement))
              .slice(0, 5)
              .map((element) => [element.tagName.toLowerCase(), ...element.classList].join('.')),
          };
        });
        expect(width, `wider than the screen: ${overflowing.join(', ')}`).toBeLessThanOrEqual(375);
      });
    }
  });
});

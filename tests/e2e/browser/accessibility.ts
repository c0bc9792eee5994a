import { describe, expect, it } from 'vitest';
import { axeViolations, type Result } from '../../helpers/axe.ts';
import { openPage, servedSample } from '../../helpers/e2e.ts';

describe('accessibility', () => {
  const sample = servedSample();

  interface Target {
    name: string;
    url: string;
    /** A selector to wait for before checking: pages that fill themselves in with JavaScript. */
    ready?: string;
    status?: number;
  }

  // One page of each kind the site generates; the search page is checked with its results rendered.
  const targets: Target[] = [
    { name: 'home', url: '/' },
    { name: 'question', url: '/questions/shang-ye-ji-mi-an-quan-bao-hu/' },
    { name: 'category', url: '/categories/intellectual-property/' },
    { name: 'categories', url: '/categories/' },
    { name: 'lawyer', url: '/lawyers/zhang-kai/' },
    { name: 'team', url: '/team/editorial/' },
    { name: 'laws', url: '/laws/' },
    { name: 'law', url: '/laws/anti-unfair-competition-law/' },
    { name: 'article', url: '/laws/civil-code/577/' },
    { name: 'superseded-article', url: '/laws/anti-unfair-competition-law/versions/2019-04-23/9/' },
    // Its 新旧对照 marks the words changed since the 2019 text.
    { name: 'revised-article', url: '/laws/anti-unfair-competition-law/22/' },
    {
      name: 'search',
      url: `/search/?q=${encodeURIComponent('商业秘密')}`,
      // The facets fill in after the results: waiting for them checks the whole page.
      ready: '#search-facets[aria-busy="false"] fieldset',
    },
    { name: 'not-found', url: '/no-such-page/', status: 404 },
  ];

  /** One line per rule and offending element, with axe's own explanation of what to fix. */
  function describeViolations(violations: Result[], scheme: string): string {
    return violations
      .flatMap((violation) => [
        `[${scheme}] ${violation.id} (${violation.impact}): ${violation.help} — ${violation.helpUrl}`,
        ...violation.nodes.map(
          (node) => `  ${node.target.join(' ')}\n    ${(node.failureSummary ?? '').replaceAll('\n', '\n    ')}`,
        ),
      ])
      .join('\n');
  }

  describe('axe-core', () => {
    for (const { name, url, ready, status = 200 } of targets) {
      it(`finds no violations on the ${name} page (${decodeURIComponent(url)}), in light and dark`, async () => {
        let scheme = 'light';
        const page = await openPage(sample.browser, () => `a11y-${name}-${scheme}`);
        await page.emulateMedia({ colorScheme: 'light' });
        const response = await page.goto(`${sample.preview.url}${url}`);
        expect(response?.status()).toBe(status);
        if (ready) await page.waitForSelector(ready);
        const light = await axeViolations(page);

        // Only colours change with the scheme, so the dark pass runs the one rule that looks at them.
        scheme = 'dark';
        await page.emulateMedia({ colorScheme: 'dark' });
        const dark = await axeViolations(page, { runOnly: ['color-contrast'] });

        const report = [describeViolations(light, 'light'), describeViolations(dark, 'dark')].filter(Boolean);
        expect(report.join('\n'), `${light.length + dark.length} rule(s) violated`).toBe('');
      });
    }

    // On a phone the filters open behind 筛选: the search page is checked with them closed and open.
    it('finds no violations on the search page on a phone, filters closed and open, in light and dark', async () => {
      let state = 'closed';
      const page = await openPage(sample.browser, () => `a11y-search-phone-${state}`);
      await page.setViewportSize({ width: 390, height: 844 });
      const reports: string[] = [];
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(`${sample.preview.url}/search/?q=${encodeURIComponent('赔偿')}`);
        await page.waitForSelector('#search-facets[aria-busy="false"]', { state: 'attached' });
        state = 'closed';
        reports.push(describeViolations(await axeViolations(page), `${scheme}, filters closed`));
        await page.click('#search-filters-toggle');
        await page.waitForSelector('#search-facets fieldset');
        state = 'open';
        reports.push(describeViolations(await axeViolations(page), `${scheme}, filters open`));
      }
      expect(reports.filter(Boolean).join('\n')).toBe('');
    });
  });
});

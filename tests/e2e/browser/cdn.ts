import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreview, type Preview } from '../../helpers/browser.ts';
import { buildSite, editFixture, prepareFixture, type FixtureSite } from '../../helpers/build.ts';

describe('the CDN runtime', () => {
  // A fixture site with one renamed question, served by Cloudflare's Pages runtime as in production.
  let site: FixtureSite;
  let server: Preview;

  beforeAll(async () => {
    site = await prepareFixture('basic', ['anti-unfair-competition-law']);
    await editFixture(site, 'questions/new-law.md', (t) =>
      t.replace('sample: true', 'sample: true\naliases: [old-name]'),
    );
    const build = await buildSite(site);
    if (build.code !== 0) throw new Error(build.output);
    server = await startPreview(site.dist);
  });

  afterAll(async () => {
    await server?.stop();
    await site?.cleanup();
  });

  const get = (url: string) => fetch(`${server.url}${url}`, { redirect: 'manual' });

  describe('served by the CDN runtime', () => {
    it('sends pages with a strict Content Security Policy and short caching', async () => {
      const response = await get('/questions/trade-secrets/');
      expect(response.status).toBe(200);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).toContain("frame-ancestors 'none'");
      expect(response.headers.get('cache-control')).toBe('public, max-age=300, must-revalidate');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    });

    it('caches hashed assets for a year', async () => {
      const asset = fs.readdirSync(path.join(site.dist, '_astro')).find((name) => name.endsWith('.css'))!;
      const response = await get(`/_astro/${asset}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    });

    it('redirects the old URL of a renamed question permanently', async () => {
      const response = await get('/questions/old-name/');
      expect(response.status).toBe(301);
      expect(new URL(response.headers.get('location')!, server.url).pathname).toBe('/questions/new-law/');
    });

    it('answers a missing page with the 404 page and status', async () => {
      const response = await get('/questions/no-such-question/');
      expect(response.status).toBe(404);
      expect(await response.text()).toContain('页面不存在');
    });
  });
});

import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSite, editFixture, prepareFixture, type FixtureSite } from '../helpers/build.ts';

let site: FixtureSite | undefined;
afterEach(() => site?.cleanup());

function digest(dir: string): Map<string, string> {
  const files = fs
    .globSync('**/*', { cwd: dir, withFileTypes: false })
    .filter((file) => fs.statSync(path.join(dir, file)).isFile());
  return new Map(
    files.sort().map((file) => [
      file,
      createHash('sha256')
        .update(fs.readFileSync(path.join(dir, file)))
        .digest('hex'),
    ]),
  );
}

describe('build output', () => {
  // One fixture for both: the build after the failed one is the first of two cold builds compared.
  it('never half-publishes, and builds the same bytes twice from a cold cache', async () => {
    site = await prepareFixture('basic', ['anti-unfair-competition-law']);
    fs.mkdirSync(site.dist);
    fs.writeFileSync(path.join(site.dist, 'index.html'), 'previous deploy');
    await editFixture(site, 'questions/new-law.md', (t) => t.replace('lawyer: editors', 'lawyer: nobody'));
    const failed = await buildSite(site);
    expect(failed.code).not.toBe(0);
    expect(failed.output).toContain('构建失败');
    expect(fs.readFileSync(path.join(site.dist, 'index.html'), 'utf8')).toBe('previous deploy');
    expect(fs.readdirSync(site.dir).filter((name) => name.includes('.building-'))).toEqual([]);

    await editFixture(site, 'questions/new-law.md', (t) => t.replace('lawyer: nobody', 'lawyer: editors'));
    const built = await buildSite(site);
    expect(built.code, built.output).toBe(0);
    expect(fs.readFileSync(path.join(site.dist, 'index.html'), 'utf8')).toContain('<html lang="zh-CN"');
    expect(fs.existsSync(path.join(site.dist, 'pagefind/pagefind.js'))).toBe(true);
    expect(fs.readdirSync(site.dir).filter((name) => name.includes('.building-'))).toEqual([]);
    // The previous output is deleted by a process of its own, after the build has returned.
    const dir = site.dir;
    await expect
      .poll(() => fs.readdirSync(dir).filter((name) => name.includes('.previous-')), { timeout: 30_000 })
      .toEqual([]);

    // Deterministic: a second cold build of the same content gives the same bytes.
    const before = digest(site.dist);
    fs.renameSync(site.dist, `${site.dist}-1`);
    fs.rmSync(path.join(site.dir, 'cache'), { recursive: true, force: true });
    const second = await buildSite(site);
    expect(second.code, second.output).toBe(0);
    expect(before.size).toBeGreaterThan(20);
    expect(digest(site.dist)).toEqual(before);
  });
});

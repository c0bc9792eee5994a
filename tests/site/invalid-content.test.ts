import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSite, editFixture, prepareFixture, type FixtureSite } from '../helpers/build.ts';
import { MISTAKES } from '../helpers/mistakes.ts';

// Each case plants one editor's mistake in a copy of the `basic` fixture and runs the real build:
// it must fail, print the exact one-line message, and write no output at all. The build reports
// what `npm run check` reports (both call checkContent), and tests/scripts/check.test.ts proves every
// mistake's message there in under a second each; here one mistake of each kind the build meets on
// its own path is enough: a file that does not parse, a field its schema rejects, a rule across files
// and a problem in the answer's text.
const KINDS = ['broken YAML', 'a missing title', 'an unknown lawyer', 'a script in the answer'];
const BUILD_MISTAKES = MISTAKES.filter(([name]) => KINDS.includes(name));

let site: FixtureSite | undefined;

afterEach(() => site?.cleanup());

async function buildWith(file: string, edit: (text: string) => string) {
  site = await prepareFixture('basic', ['anti-unfair-competition-law', 'civil-code']);
  await editFixture(site, file, edit);
  const result = await buildSite(site);
  return { ...result, wroteOutput: existsSync(site.dist) };
}

describe('a build over invalid content', () => {
  it('covers each kind of mistake', () =>
    expect(BUILD_MISTAKES.map(([name]) => name).sort()).toEqual([...KINDS].sort()));

  it.each(BUILD_MISTAKES)('fails on %s, naming file, line and field', async (_name, file, edit, message) => {
    const { code, output, wroteOutput } = await buildWith(file, edit);
    expect(code).not.toBe(0);
    expect(output).toContain(`content/${message}`);
    expect(output).toContain('内容检查发现');
    // The problem lines only: nothing that reads like a crash in Fawen or Astro.
    expect(output).not.toMatch(/unhandled error|astro:config:setup|Stack trace|^\s+at /im);
    expect(wroteOutput).toBe(false);
  });
});

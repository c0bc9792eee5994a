import { execFile } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sampleDist } from '../helpers/e2e.ts';

// The package's main export is the path of the jar it ships; its postinstall only fetches a Java
// runtime when the machine has none, and this one has Java 17.
const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
  extract?: string;
}

let dist: string;
let files: string[];
let messages: VnuMessage[];

// One run of the checker over every page: starting the JVM once per file would cost a second each.
beforeAll(async () => {
  dist = await sampleDist();
  files = (await readdir(dist, { recursive: true }))
    .filter((file) => file.endsWith('.html'))
    .map((file) => path.join(dist, file))
    .sort();
  const stdout = await new Promise<string>((resolve, reject) => {
    execFile(
      'java',
      ['-jar', vnuJar, '--errors-only', '--format', 'json', '--stdout', ...files],
      { maxBuffer: 64 * 1024 * 1024 },
      // The checker exits with 1 when it found errors; only a missing report is a failure to run it.
      (error, out, err) => (out.trim() ? resolve(out) : reject(error ?? new Error(`vnu printed nothing: ${err}`))),
    );
  });
  messages = (JSON.parse(stdout) as { messages: VnuMessage[] }).messages;
});

/** Messages grouped by text, most frequent first, each with where it occurs (a few places per message). */
function grouped(list: VnuMessage[]): string {
  const groups = new Map<string, VnuMessage[]>();
  for (const message of list) groups.set(message.message, [...(groups.get(message.message) ?? []), message]);
  return [...groups]
    .sort((a, b) => b[1].length - a[1].length)
    .map(([text, found]) => {
      const pages = new Set(found.map((m) => path.relative(dist, new URL(m.url ?? 'file:/').pathname)));
      const where = found
        .slice(0, 3)
        .map(
          (m) =>
            `    ${path.relative(dist, new URL(m.url ?? 'file:/').pathname)}:${m.lastLine}:${m.firstColumn}  ${(m.extract ?? '').replaceAll('\n', ' ')}`,
        );
      return [`${found.length}× on ${pages.size} page(s): ${text}`, ...where].join('\n');
    })
    .join('\n');
}

describe('the Nu Html Checker', () => {
  it('checks every built page', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.map((file) => path.relative(dist, file))).toContain('404.html');
  });

  it('finds no HTML errors in any page of the sample site', () => {
    const errors = messages.filter((message) => message.type !== 'info');
    expect(grouped(errors), `${errors.length} error(s)`).toBe('');
  });
});

import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../../src/knowledge/files.ts';
import { listFiles } from '../../../src/shared/list-files.ts';
import { repoRoot } from '../../helpers/build.ts';

// gray-matter is handed only the frontmatter block; the body must come out as gray-matter cuts it
// from the whole file.
function wholeFile(text: string) {
  const parsed = matter(text, { engines: { yaml: () => ({}) } });
  return { matter: parsed.matter, body: parsed.content };
}

function split(text: string) {
  const { head, body } = splitFrontmatter(text);
  return { matter: matter(head, { engines: { yaml: () => ({}) } }).matter, body };
}

describe('splitFrontmatter', () => {
  it('cuts every sample question as gray-matter cuts the whole file', () => {
    const content = path.join(repoRoot, 'content');
    const files = listFiles(content, 'questions', '.md');
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const text = fs.readFileSync(path.join(content, file), 'utf8');
      expect(split(text), file).toEqual(wholeFile(text));
    }
  });

  it.each([
    ['Windows line endings', '---\r\ntitle: 甲\r\n---\r\n\r\n正文\r\n'],
    ['no body', '---\ntitle: 甲\n---'],
    ['no body, a line break', '---\ntitle: 甲\n---\n'],
    ['no closing line', '---\ntitle: 甲\n'],
    ['a rule in the body', '---\ntitle: 甲\n---\n正文\n\n---\n\n更多\n'],
    ['text after the closing dashes', '---\ntitle: 甲\n---正文\n'],
  ])('cuts a file with %s as gray-matter does', (_name, text) => {
    expect(split(text)).toEqual(wholeFile(text));
  });
});

describe('listFiles', () => {
  it('lists the files with the extension at any depth, sorted, and nothing for a missing folder', () => {
    const content = path.join(repoRoot, 'content');
    expect(listFiles(content, 'questions', '.md')).toEqual(fs.globSync('questions/**/*.md', { cwd: content }).sort());
    expect(listFiles(content, 'no-such-folder', '.md')).toEqual([]);
  });
});

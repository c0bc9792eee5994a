import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitLastChanged, parseGitLog } from '../../../src/knowledge/git-dates.ts';
import { repoRoot } from '../../helpers/build.ts';

describe('git dates', () => {
  it('takes the newest commit of each file', () => {
    const log = '\u00002026-11-20\n\na.md\nb.md\n\u00002026-10-01\n\nb.md\nc.md\n';
    expect(parseGitLog(log)).toEqual(
      new Map([
        ['a.md', '2026-11-20'],
        ['b.md', '2026-11-20'],
        ['c.md', '2026-10-01'],
      ]),
    );
  });

  it('reads this repository’s history, keyed by absolute path', () => {
    const dates = gitLastChanged(path.join(repoRoot, 'content'));
    const seed = dates.get(path.join(repoRoot, 'content/questions/shang-ye-ji-mi-an-quan-bao-hu.md'));
    expect(seed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(gitLastChanged('/')).toEqual(new Map());
  });
});

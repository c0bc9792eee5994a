import fs from 'node:fs';
import path from 'node:path';

// Rendered answers on disk, one file per key, spread over 256 folders so that no folder holds more
// than a few hundred files at 100,000 answers. A file is written under a temporary name and then
// renamed, so a reader never sees half an answer, even with several writers at once.

/** Where a build keeps rendered answers: inside its cache folder (FAWEN_CACHE_DIR). */
export function answersCacheDir(root: string, cacheDir: string): string {
  return path.resolve(root, cacheDir, 'answers');
}

export interface AnswerCache {
  read(key: string): string | undefined;
  write(key: string, html: string): void;
  has(key: string): boolean;
  /** Removes every answer whose key is not in `keep`; returns how many were removed. */
  prune(keep: ReadonlySet<string>): number;
}

export function answerCache(dir: string): AnswerCache {
  const file = (key: string) => path.join(dir, key.slice(0, 2), `${key}.html`);
  return {
    read(key) {
      try {
        return fs.readFileSync(file(key), 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
    },
    write(key, html) {
      const target = file(key);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      const temporary = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}`;
      fs.writeFileSync(temporary, html);
      fs.renameSync(temporary, target);
    },
    has: (key) => fs.existsSync(file(key)),
    prune(keep) {
      if (!fs.existsSync(dir)) return 0;
      let removed = 0;
      for (const bucket of fs.readdirSync(dir)) {
        for (const name of fs.readdirSync(path.join(dir, bucket))) {
          if (keep.has(name.replace(/\.html$/, ''))) continue;
          fs.rmSync(path.join(dir, bucket, name), { force: true });
          removed += 1;
        }
      }
      return removed;
    },
  };
}

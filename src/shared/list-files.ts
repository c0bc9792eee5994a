import fs from 'node:fs';
import path from 'node:path';

/**
 * Every file under `root/dir` whose name ends with `extension`, at any depth, as paths relative to
 * `root` with forward slashes, sorted. A plain walk of the folders: Node's `fs.globSync` took 1.2 s
 * to list 100,021 question files, this takes a tenth of that.
 */
export function listFiles(root: string, dir: string, extension: string): string[] {
  const found: string[] = [];
  const walk = (relative: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(path.join(root, relative), { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    for (const entry of entries) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(child);
      else if (entry.name.endsWith(extension) && (entry.isFile() || entry.isSymbolicLink())) found.push(child);
    }
  };
  walk(dir);
  return found.sort();
}

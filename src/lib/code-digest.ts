import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** A hash of the code that shapes content: schemas, Markdown plugins and the domain code they use. */
export function codeDigest(root: string, folders: readonly string[]): string {
  const hash = createHash('sha256');
  for (const folder of folders) {
    for (const file of fs.globSync('**/*.ts', { cwd: path.join(root, folder) }).sort()) {
      hash.update(`${folder}/${file}\0`);
      hash.update(fs.readFileSync(path.join(root, folder, file)));
    }
  }
  return hash.digest('hex').slice(0, 16);
}

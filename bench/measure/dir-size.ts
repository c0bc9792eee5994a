import fs from 'node:fs';
import path from 'node:path';
import type { SizeFigures } from './results.ts';

/** Total bytes and number of regular files under a folder; a missing folder counts as empty. */
export function directorySize(dir: string): SizeFigures {
  if (!fs.existsSync(dir)) return { bytes: 0, files: 0 };
  let bytes = 0;
  let files = 0;
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += fs.statSync(path.join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}

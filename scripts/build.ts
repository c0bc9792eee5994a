// npm run build
//
// Builds the site into a fresh folder beside dist/ and puts it in place only when everything
// (pages, sitemap, search index) succeeded, so a failed build never leaves a half-written dist/
// that a deploy step could pick up. On failure the previous dist/ stays as it was.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const out = path.resolve(root, process.env.FAWEN_OUT_DIR ?? 'dist');
const staging = `${out}.building-${process.pid}`;
const previous = `${out}.previous-${process.pid}`;

fs.rmSync(staging, { recursive: true, force: true });
const build = spawnSync(
  process.execPath,
  [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', ...process.argv.slice(2)],
  {
    cwd: root,
    env: { ...process.env, FAWEN_OUT_DIR: staging },
    stdio: 'inherit',
  },
);
if (build.status !== 0) {
  fs.rmSync(staging, { recursive: true, force: true });
  console.error(`构建失败，${path.relative(process.cwd(), out) || out} 保持原样。`);
  process.exit(build.status ?? 1);
}
if (fs.existsSync(out)) fs.renameSync(out, previous);
fs.renameSync(staging, out);
fs.rmSync(previous, { recursive: true, force: true });

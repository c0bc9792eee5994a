// npm run import:laws [-- --from <statute folder>] [-- --out <json folder>]
//
// Turns the statute texts in ../shared/laws into content/laws/<law-id>.json. Either every law
// imports cleanly and all files are written, or nothing is written and the problems are printed
// as `path:line: message`.

import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatIssue, importLaws, serializeLaw, type ImportedLaw } from '../src/laws/import.ts';
import { settingsOrExit } from '../src/settings.ts';

const repoRoot = path.resolve(import.meta.dirname, '..');
const USAGE = 'usage: node scripts/import-laws.ts [--from <statute folder>] [--out <json folder>]';

function main(): number {
  let options;
  try {
    options = parseArgs({ options: { from: { type: 'string' }, out: { type: 'string' } } }).values;
  } catch (caught) {
    console.error(`${(caught as Error).message}\n${USAGE}`);
    return 2;
  }
  const content = path.resolve(repoRoot, settingsOrExit().content);
  const from = path.resolve(options.from ?? path.resolve(repoRoot, '../shared/laws'));
  const out = path.resolve(options.out ?? path.join(content, 'laws'));
  const aliasesPath = path.join(content, 'law-aliases.yaml');

  const lawsDir = display(from);
  const { laws, issues } = importLaws({
    lawsDir,
    manifest: readText(path.join(from, 'manifest.json')),
    sources: readText(path.join(from, 'SOURCES.tsv')),
    aliases: { path: display(aliasesPath), text: readText(aliasesPath) },
    readVersion: (file) => readText(path.join(from, file)),
  });

  for (const issue of issues) console.error(formatIssue(issue));
  if (issues.some((issue) => issue.severity === 'error')) {
    console.error(`导入失败：没有写入任何文件（${lawsDir}）`);
    return 1;
  }

  fs.mkdirSync(out, { recursive: true });
  for (const imported of laws) {
    writeAtomically(path.join(out, `${imported.id}.json`), serializeLaw(imported.law));
    console.log(summary(imported));
  }
  console.log(`已写入 ${laws.length} 部法律到 ${display(out)}`);
  return 0;
}

/** The file's text, or undefined when it does not exist; other IO errors are real failures. */
function readText(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (caught) {
    if ((caught as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw caught;
  }
}

/** Readers of content/laws (the dev server, a concurrent build) never see a half-written file. */
function writeAtomically(file: string, text: string): void {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(temp, text);
    fs.renameSync(temp, file);
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

/** civil-code: 1 个版本；2021-01-01 起 1260 条 */
function summary({ id, law }: ImportedLaw): string {
  const versions = law.versions.map((version) => `${version.effectiveFrom} 起 ${version.articles.length} 条`);
  return `${id}: ${law.versions.length} 个版本；${versions.join('，')}`;
}

function display(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative === '' ? '.' : relative;
}

process.exitCode = main();

// npm run bench:corpus -- --count <N> --out <dir> [--seed <S>] [--force]
//
// Writes a complete content folder of N generated questions that imitate the sample content, for
// benchmarks and tests. The same count and seed always give the same bytes. Files are written into
// <out>.tmp-<pid> and renamed into place at the end, so an interrupted run never leaves a half
// corpus where a benchmark would pick it up.

import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadContentFiles } from '../src/knowledge/files.ts';
import { generateCorpus, type CorpusFile } from './corpus/generate.ts';

const repoRoot = path.resolve(import.meta.dirname, '..');
const USAGE = 'usage: node bench/make-corpus.ts --count <N> --out <dir> [--seed <S>] [--force]';
// Copied byte for byte: generated law texts and the editors' dictionaries.
const COPIED = ['laws/*.json', 'synonyms.yaml', 'law-correspondence.yaml', 'law-aliases.yaml'];

interface Options {
  count: number;
  seed: number;
  out: string;
  force: boolean;
}

class UsageError extends Error {}

function main(): number {
  let options: Options;
  try {
    options = readOptions();
  } catch (caught) {
    if (!(caught instanceof UsageError) && !(caught instanceof TypeError)) throw caught;
    console.error(`${(caught as Error).message}\n${USAGE}`);
    return 2;
  }
  const refusal = refuseOutput(options);
  if (refusal) {
    console.error(refusal);
    return 1;
  }

  const started = performance.now();
  const sampleDir = path.resolve(repoRoot, 'content');
  const loaded = loadContentFiles(sampleDir, repoRoot);
  const broken = loaded.problems.filter((problem) => problem.severity === 'error');
  if (broken.length > 0) {
    console.error(`the sample content has ${broken.length} errors; run npm run check first`);
    return 1;
  }
  const sample = { ...loaded.content, copies: readCopies(sampleDir) };

  const temp = `${options.out}.tmp-${process.pid}`;
  let files = 0;
  let bytes = 0;
  try {
    fs.rmSync(temp, { recursive: true, force: true });
    const made = new Set<string>();
    for (const file of generateCorpus({ count: options.count, seed: options.seed, sample })) {
      bytes += writeFile(temp, file, made);
      files++;
    }
    replaceDirectory(temp, options.out);
  } catch (caught) {
    fs.rmSync(temp, { recursive: true, force: true });
    throw caught;
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `wrote ${files} files (${options.count} questions, ${(bytes / 1e6).toFixed(1)} MB) to ` +
      `${path.relative(process.cwd(), options.out) || '.'} in ${seconds.toFixed(2)} s`,
  );
  return 0;
}

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      count: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      force: { type: 'boolean', default: false },
    },
  });
  if (values.count === undefined || values.out === undefined) throw new UsageError('--count and --out are required');
  const count = integer(values.count, '--count');
  if (count < 1) throw new UsageError(`--count must be a positive integer, got ${values.count}`);
  return { count, seed: integer(values.seed, '--seed'), out: path.resolve(values.out), force: values.force };
}

function integer(text: string, name: string): number {
  const value = Number(text);
  if (!/^-?\d+$/.test(text.trim()) || !Number.isSafeInteger(value)) {
    throw new UsageError(`${name} must be an integer, got “${text}”`);
  }
  return value;
}

/** Why the output folder must not be written, if it must not: --force deletes what is there. */
function refuseOutput({ out, force }: Options): string | undefined {
  if (!fs.existsSync(out)) return undefined;
  if (!fs.statSync(out).isDirectory()) return `${out} exists and is not a directory`;
  if (fs.readdirSync(out).length === 0) return undefined;
  if (!force) return `${out} is not empty: choose another --out, or pass --force to replace it`;
  // Even with --force, never delete the repository or the real content by a slip of the path.
  const protectedDirs = [path.parse(out).root, repoRoot, path.join(repoRoot, 'content')];
  if (protectedDirs.includes(out) || path.relative(out, repoRoot).split(path.sep)[0] !== '..') {
    return `refusing to replace ${out}: it is, or contains, the repository`;
  }
  return undefined;
}

function readCopies(contentDir: string): CorpusFile[] {
  return COPIED.flatMap((pattern) => fs.globSync(pattern, { cwd: contentDir }))
    .sort()
    .map((file) => ({
      path: file.split(path.sep).join('/'),
      text: fs.readFileSync(path.join(contentDir, file), 'utf8'),
    }));
}

function writeFile(root: string, file: CorpusFile, made: Set<string>): number {
  const target = path.join(root, file.path);
  const dir = path.dirname(target);
  if (!made.has(dir)) {
    fs.mkdirSync(dir, { recursive: true });
    made.add(dir);
  }
  const data = Buffer.from(file.text, 'utf8');
  fs.writeFileSync(target, data);
  return data.length;
}

function replaceDirectory(temp: string, out: string): void {
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.renameSync(temp, out);
}

process.exitCode = main();

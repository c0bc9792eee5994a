import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from './build.ts';

// The import graph of the repository's own code, read from the source text: static imports,
// re-exports, `import type`, side-effect imports and literal dynamic imports, in .ts, .mjs and
// .astro files (frontmatter and <script> alike). Type-only imports count: a cycle of types is still
// a cycle a reader has to untangle.

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)(['"])([^'"\n]+)\1/gm;

/** Repository-relative paths of the code files under `folder`. */
export function codeFiles(folder: string): string[] {
  return fs
    .globSync('**/*.{ts,mjs,astro}', { cwd: path.join(repoRoot, folder) })
    .filter((file) => !file.endsWith('.d.ts'))
    .map((file) => path.posix.join(folder, file.split(path.sep).join('/')))
    .sort();
}

export interface Imports {
  /** Repository-relative paths of the files it imports by relative path. */
  local: string[];
  /** Package and built-in specifiers (`node:fs`, `pagefind`, `astro:content`). */
  external: string[];
}

/** What one file imports; a relative import that names no file throws. */
export function importsOf(file: string): Imports {
  const text = fs.readFileSync(path.join(repoRoot, file), 'utf8');
  const local = new Set<string>();
  const external = new Set<string>();
  for (const [, , specifier] of text.matchAll(SPECIFIER)) {
    if (!specifier!.startsWith('.')) {
      external.add(specifier!);
      continue;
    }
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier!));
    if (!fs.existsSync(path.join(repoRoot, target)))
      throw new Error(`${file} imports ${specifier}, which does not exist`);
    local.add(target);
  }
  return { local: [...local].sort(), external: [...external].sort() };
}

/** Every file reachable from `entries` through local imports, the entries included. */
export function closure(entries: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...entries];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...importsOf(file).local);
  }
  return seen;
}

/** The import cycles among `files`, each as the files along it (Tarjan's strongly connected components). */
export function importCycles(files: readonly string[]): string[][] {
  const graph = new Map(files.map((file) => [file, importsOf(file).local]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (file: string) => {
    index.set(file, index.size);
    low.set(file, index.get(file)!);
    stack.push(file);
    onStack.add(file);
    for (const next of graph.get(file) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(file, Math.min(low.get(file)!, index.get(next)!));
      }
    }
    if (low.get(file) === index.get(file)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== file);
      if (component.length > 1 || graph.get(file)?.includes(file)) cycles.push(component.sort());
    }
  };
  for (const file of files) if (!index.has(file)) visit(file);
  return cycles;
}

import { describe, expect, it } from 'vitest';
import { closure, codeFiles, importCycles, importsOf } from '../helpers/imports.ts';

// The layout's promise to a newcomer: each folder of src/ is one domain, and imports point one way,
// from the pages down to the shared leaves. A file may import its own folder and the layers below
// its own, never a layer above, nor another folder of its own layer.
const LAYERS: readonly (readonly string[])[] = [
  ['settings.ts', 'code-version.ts', 'shared', 'serve'],
  ['schemas'],
  ['laws'],
  ['knowledge'],
  ['citations', 'search'],
  ['check', 'catalog', 'plugins', 'authoring'],
  ['publish', 'answers', 'build'],
  ['integrations', 'data'],
  ['components'],
  ['layouts'],
  ['pages'],
];

// Leaves of the law domain that the schemas use to name articles: they import only each other, so
// the schemas stay below the rest of laws/.
const LAW_LEAVES = ['src/laws/article-ref.ts', 'src/laws/numerals.ts'];

const files = codeFiles('src');
const unit = (file: string) => file.slice('src/'.length).split('/')[0]!;
const layer = (file: string) =>
  LAW_LEAVES.includes(file) ? 0 : LAYERS.findIndex((units) => units.includes(unit(file)));

describe('imports in src/', () => {
  it('places every file in a layer', () => {
    expect(files.filter((file) => layer(file) < 0)).toEqual([]);
  });

  it('have no cycle, type-only imports included', () => {
    expect(importCycles(files)).toEqual([]);
  });

  it('point one way: to the file’s own folder or a lower layer', () => {
    const upward = files.flatMap((file) =>
      importsOf(file)
        .local.filter(
          (target) => unit(target) !== unit(file) || LAW_LEAVES.includes(target) !== LAW_LEAVES.includes(file),
        )
        .filter((target) => !target.startsWith('src/') || layer(target) >= layer(file))
        .map((target) => `${file} → ${target}`),
    );
    expect(upward).toEqual([]);
  });

  it('let the schemas load only the law leaves, never the importer or the library', () => {
    const reached = [...closure(codeFiles('src/schemas'))].filter((file) => !file.startsWith('src/schemas/'));
    expect(reached.sort()).toEqual(LAW_LEAVES);
  });

  it('keep browser code free of Node built-ins', () => {
    const browser = closure(codeFiles('src/search/client'));
    const node = [...browser].flatMap((file) =>
      importsOf(file)
        .external.filter((specifier) => specifier.startsWith('node:'))
        .map((specifier) => `${file} → ${specifier}`),
    );
    expect(browser.size).toBeGreaterThan(5);
    expect(node).toEqual([]);
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { lawLibrary, type LawLibrary } from '../../src/laws/library.ts';
import { lawSchema } from '../../src/schemas/law.ts';
import { repoRoot } from './build.ts';

/** A library of real generated laws from content/laws, validated like the build does. */
export function realLibrary(ids: string[], overrides = {}): LawLibrary {
  return lawLibrary(
    ids.map((id) => ({
      id,
      data: lawSchema.parse(JSON.parse(fs.readFileSync(path.join(repoRoot, 'content/laws', `${id}.json`), 'utf8'))),
    })),
    overrides,
  );
}

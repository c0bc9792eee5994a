import path from 'node:path';
import { buildCatalog, type Catalog } from '../catalog/catalog.ts';
import type { CheckResult } from '../check/check-content.ts';
import { gitLastChanged } from '../knowledge/git-dates.ts';
import type { IsoDate } from '../shared/dates.ts';

/**
 * The catalog of checked content, as the build and `npm run dev` use it: dates of last change from
 * one `git log` over the content folder, drafts only when previewing.
 */
export function catalogOf(
  checked: CheckResult,
  options: {
    root: string;
    contentDir: string;
    includeDrafts: boolean;
    /** The content files' dates of last change, when the caller has read them already. */
    changed?: Map<string, IsoDate>;
  },
): Catalog {
  const { content } = checked.loaded;
  const changed = options.changed ?? gitLastChanged(options.contentDir);
  return buildCatalog(content, checked.library, {
    includeDrafts: options.includeDrafts,
    lastChanged: (file) => changed.get(path.resolve(options.root, file)),
  });
}

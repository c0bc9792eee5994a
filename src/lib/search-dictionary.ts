import type { Law } from '../schemas/law.ts';
import type { Synonyms } from '../schemas/synonyms.ts';
import { lawNameGroups } from './synonyms.ts';

/** The synonym groups search uses: the editors' list plus every law's names. */
export function searchSynonyms(synonyms: Synonyms, laws: Iterable<{ data: Law }>): string[][] {
  return [...synonyms, ...lawNameGroups(laws)];
}

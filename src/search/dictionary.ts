import type { Law } from '../schemas/law.ts';
import type { Synonyms } from '../schemas/synonyms.ts';
import { lawNameGroups, synonymMap, type SynonymMap } from './synonyms.ts';

/** The synonyms search uses, editors' list plus every law's names, each word to its group's word. */
export function searchSynonyms(synonyms: Synonyms, laws: Iterable<{ data: Law }>): SynonymMap {
  return synonymMap([...synonyms, ...lawNameGroups(laws)]);
}

import type { Law } from '../schemas/law.ts';
import { normalizeText } from './normalize.ts';

const PRC = '中华人民共和国';

/** Every name of each law as one synonym group, so 民法典 finds 中华人民共和国民法典 and back. */
export function lawNameGroups(laws: Iterable<{ data: Law }>): string[][] {
  return [...laws].map(({ data }) => [
    ...new Set([data.title, data.title.replace(PRC, ''), data.short, ...data.aliases].filter(Boolean)),
  ]);
}

/** Each word of every group mapped to the one word of its group that search uses for all of them. */
export type SynonymMap = Readonly<Record<string, string>>;

/**
 * The word a group is searched by. The index gets it wherever any word of the group occurs, and a
 * query is rewritten to it, so either form finds the page while each page carries one extra word
 * per group at most. A word of two characters or more (a single one would match far too widely);
 * of those, the one contained in most others of the group (民法典 in 中华人民共和国民法典), since
 * pages using those already hold it and need nothing added; then the shortest.
 */
export function canonicalWord(group: readonly string[]): string {
  const contained = (word: string) => group.filter((other) => other !== word && other.includes(word)).length;
  const ranked = [...group].sort(
    (a, b) => Number(b.length >= 2) - Number(a.length >= 2) || contained(b) - contained(a) || a.length - b.length,
  );
  return ranked[0]!;
}

export function synonymMap(groups: readonly (readonly string[])[]): SynonymMap {
  const map: Record<string, string> = {};
  for (const group of groups) {
    const words = group.map(normalizeText);
    const canonical = canonicalWord(words);
    for (const word of words) map[word] = canonical;
  }
  return map;
}

/**
 * The group words a text lacks: for every group that occurs in it, its searched-by word when the
 * text does not already contain it. Indexed with the page, so a reader's word (家暴, 驾照) finds a
 * page written with the legal term (家庭暴力, 机动车驾驶证) and the reverse.
 */
export function synonymExpander(map: SynonymMap): (text: string) => string[] {
  const words = Object.keys(map).sort((a, b) => b.length - a.length);
  if (words.length === 0) return () => [];
  // One alternation scans a page once, whatever the number of groups.
  const pattern = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  return (text) => {
    const normalized = normalizeText(text);
    const added = new Set<string>();
    for (const [word] of normalized.matchAll(pattern)) {
      const canonical = map[word]!;
      if (!normalized.includes(canonical)) added.add(canonical);
    }
    return [...added];
  };
}

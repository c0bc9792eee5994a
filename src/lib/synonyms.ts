import type { Law } from '../schemas/law.ts';
import { normalizeText } from './search-text.ts';

const PRC = '中华人民共和国';

/** Every name of each law as one synonym group, so 民法典 finds 中华人民共和国民法典 and back. */
export function lawNameGroups(laws: Iterable<{ data: Law }>): string[][] {
  return [...laws].map(({ data }) => [
    ...new Set([data.title, data.title.replace(PRC, ''), data.short, ...data.aliases].filter(Boolean)),
  ]);
}

/**
 * The other words of every synonym group that occurs in a text: indexed with the page so that a
 * reader's word (家暴, 驾照) finds a page written with the legal term (家庭暴力) and the reverse.
 */
export function synonymExpander(groups: readonly (readonly string[])[]): (text: string) => string[] {
  const groupOf = new Map<string, number>();
  const normalized = groups.map((group) => group.map(normalizeText));
  normalized.forEach((group, index) => group.forEach((word) => groupOf.set(word, index)));
  const words = [...groupOf.keys()].sort((a, b) => b.length - a.length);
  if (words.length === 0) return () => [];
  // One alternation scans a page once, whatever the number of groups.
  const pattern = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  return (text) => {
    const found = new Set<number>();
    const present = new Set<string>();
    for (const [word] of normalizeText(text).matchAll(pattern)) {
      found.add(groupOf.get(word)!);
      present.add(word);
    }
    return [...found].flatMap((index) => normalized[index]!.filter((word) => !present.has(word)));
  };
}

/** All words of all groups, for keeping them whole when cutting a query into words. */
export function dictionaryOf(groups: readonly (readonly string[])[]): string[] {
  return [...new Set(groups.flat().map(normalizeText))];
}

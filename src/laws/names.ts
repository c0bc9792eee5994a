import type { Law } from '../schemas/law.ts';

const PRC = '中华人民共和国';

/** Resolves the names a law is cited by (full title, short name, aliases) to its id. */
export interface LawNames {
  /** The law a name written in 《》 or in running text stands for, if it is in the library. */
  lookup(name: string): string | undefined;
  /** Every known name, longest first, for finding names in running text. */
  readonly names: readonly string[];
}

export function lawNames(laws: Iterable<{ id: string; data: Law }>): LawNames {
  const byName = new Map<string, string>();
  for (const { id, data } of laws) {
    for (const name of [data.title, data.short, ...data.aliases]) {
      byName.set(name, id);
      if (name.startsWith(PRC)) byName.set(name.slice(PRC.length), id);
    }
  }
  const names = [...byName.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
  return {
    lookup: (name) => byName.get(name.trim()) ?? byName.get(name.trim().replace(PRC, '')),
    names,
  };
}

import type { LawHeading, LawVersion } from '../schemas/law.ts';

const ORDER: LawHeading['level'][] = ['part', 'subpart', 'chapter', 'section'];

/**
 * The HTML heading level (2–6, under the page's h1) of each division of a law. Laws use different
 * subsets of 编/分编/章/节, and a level can be missing in part of one law (the Civil Code has 分编
 * in only some 编), so each heading nests under the divisions actually open above it: the outline
 * never skips a level.
 */
export function headingLevels(version: LawVersion): Map<LawHeading, number> {
  const levels = new Map<LawHeading, number>();
  const open: number[] = [];
  for (const heading of version.headings) {
    const depth = ORDER.indexOf(heading.level);
    while (open.length > 0 && open.at(-1)! >= depth) open.pop();
    open.push(depth);
    levels.set(heading, Math.min(1 + open.length, 6));
  }
  return levels;
}

/** Headings grouped by the article they precede, for rendering the text in one pass. */
export function headingsBefore(version: LawVersion): Map<string, LawHeading[]> {
  const map = new Map<string, LawHeading[]>();
  for (const heading of version.headings) map.set(heading.before, [...(map.get(heading.before) ?? []), heading]);
  return map;
}

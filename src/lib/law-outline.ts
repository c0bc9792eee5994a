import type { LawHeading, LawVersion } from '../schemas/law.ts';

const ORDER: LawHeading['level'][] = ['part', 'subpart', 'chapter', 'section'];

/**
 * HTML heading ranks for a law's divisions, starting at h2 under the page's h1. Laws use different
 * subsets of 编/分编/章/节, so ranks follow the levels this version actually has, never skipping one.
 */
export function headingRanks(version: LawVersion): Map<LawHeading['level'], number> {
  const present = new Set(version.headings.map((heading) => heading.level));
  const ranks = new Map<LawHeading['level'], number>();
  for (const level of ORDER) if (present.has(level)) ranks.set(level, Math.min(2 + ranks.size, 6));
  return ranks;
}

/** Headings grouped by the article they precede, for rendering the text in one pass. */
export function headingsBefore(version: LawVersion): Map<string, LawHeading[]> {
  const map = new Map<string, LawHeading[]>();
  for (const heading of version.headings) map.set(heading.before, [...(map.get(heading.before) ?? []), heading]);
  return map;
}

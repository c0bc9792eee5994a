/** What the related-questions computation needs to know of a question. */
export interface RelatedInput {
  id: string;
  category: string;
  tags: readonly string[];
  related: readonly string[];
}

// How many questions of one tag are weighed as candidates: enough for good picks, while a tag shared
// by thousands of questions never turns one page's work into a scan of the whole site.
const CANDIDATES_PER_TAG = 50;

/**
 * Related questions for every question at once: the editor's own picks first, then questions that
 * pick this one (backlinks), then questions of the same category sharing the most tags, then the
 * category's first questions in the given order. Indexes are built once, so the work is linear in
 * the number of questions.
 */
export function computeRelated(questions: readonly RelatedInput[], limit = 5): Map<string, string[]> {
  const known = new Set(questions.map((question) => question.id));
  const backlinks = new Map<string, string[]>();
  const byCategory = new Map<string, string[]>();
  const byCategoryTag = new Map<string, string[]>();
  const push = (map: Map<string, string[]>, key: string, id: string) => {
    const list = map.get(key);
    if (list) list.push(id);
    else map.set(key, [id]);
  };
  for (const question of questions) {
    for (const target of question.related) if (known.has(target)) push(backlinks, target, question.id);
    push(byCategory, question.category, question.id);
    for (const tag of new Set(question.tags)) push(byCategoryTag, `${question.category}\u0000${tag}`, question.id);
  }

  const result = new Map<string, string[]>();
  for (const question of questions) {
    const picked = new Set<string>();
    const add = (id: string) => {
      if (id !== question.id && known.has(id) && picked.size < limit) picked.add(id);
    };
    question.related.forEach(add);
    backlinks.get(question.id)?.forEach(add);

    const shared = new Map<string, number>();
    for (const tag of new Set(question.tags)) {
      const ids = byCategoryTag.get(`${question.category}\u0000${tag}`) ?? [];
      for (const id of ids.slice(0, CANDIDATES_PER_TAG)) shared.set(id, (shared.get(id) ?? 0) + 1);
    }
    [...shared].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).forEach(([id]) => add(id));
    for (const id of (byCategory.get(question.category) ?? []).slice(0, limit + 1)) add(id);

    result.set(question.id, [...picked]);
  }
  return result;
}

/**
 * The line of a frontmatter field, so that messages point editors at the exact line to fix.
 * Handles the YAML editors actually write: `key: value`, block lists (`- item`, `- { … }`) and
 * flow lists on one line (`[a, b]`). Returns a 1-based line within the given text.
 */
export function fieldLine(yaml: string, path: readonly (string | number)[]): number | undefined {
  const lines = yaml.split(/\r?\n/);
  const [key, index] = path;
  if (typeof key === 'number') {
    // A file that is a list at its top level, such as content/synonyms.yaml.
    const items = lines.flatMap((line, i) => (/^-(\s|$)/.test(line) ? [i + 1] : []));
    return items[key];
  }
  if (typeof key !== 'string') return undefined;
  const keyLine = lines.findIndex((line) => line.startsWith(`${key}:`));
  if (keyLine === -1) return undefined;
  if (typeof index !== 'number' || /^[^:]+:\s*\S/.test(lines[keyLine] ?? '')) return keyLine + 1;
  let seen = -1;
  for (let i = keyLine + 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (/^\S/.test(line)) break;
    if (/^\s*-(\s|$)/.test(line) && ++seen === index) return i + 1;
  }
  return keyLine + 1;
}

/** `statutes[0].article` from a zod issue path. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, part) => {
    if (typeof part === 'number') return `${out}[${part}]`;
    return out ? `${out}.${String(part)}` : String(part);
  }, '');
}

/** The inverse of formatFieldPath, for locating cross-file problems reported by field name. */
export function parseFieldPath(field: string): (string | number)[] {
  return [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((match) =>
    match[2] !== undefined ? Number(match[2]) : match[1]!,
  );
}

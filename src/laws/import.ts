import { load as loadYaml, YAMLException } from 'js-yaml';
import { z } from 'zod';
import { lawSchema, type Law, type LawVersion } from '../schemas/law.ts';
import { LawTextError, parseLawText } from './source-text.ts';

// The pure core of `npm run import:laws`: from the texts of manifest.json, SOURCES.tsv, the alias
// file and the statute files to validated Law objects and their JSON. File IO stays in the script.

export interface ImportIssue {
  severity: 'error' | 'warning';
  /** Path as shown to the user. */
  file: string;
  line?: number;
  message: string;
}

export interface ImportInput {
  /** How messages name the statute folder, e.g. "../shared/laws". */
  lawsDir: string;
  /** Texts of manifest.json and SOURCES.tsv, undefined if absent. */
  manifest: string | undefined;
  sources: string | undefined;
  /** The editors' alias file; absent means no extra aliases. */
  aliases: { path: string; text: string | undefined };
  /** The text of a version file named in the manifest (relative to lawsDir), undefined if absent. */
  readVersion: (file: string) => string | undefined;
}

export interface ImportedLaw {
  id: string;
  law: Law;
}

export interface ImportResult {
  /** Sorted by id; only laws that imported without errors. */
  laws: ImportedLaw[];
  issues: ImportIssue[];
}

const LAW_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const lawIdSchema = z.string().regex(LAW_ID, 'law id 应为小写字母、数字和连字符');

const manifestSchema = z.object({
  laws: z.record(
    lawIdSchema,
    z.object({
      title: z.string().min(1),
      short: z.string().min(1),
      versions: z
        .array(
          z.object({
            effectiveFrom: z.iso.date(),
            effectiveTo: z.iso.date().nullable(),
            file: z.string().min(1),
          }),
        )
        .min(1),
    }),
  ),
});
type ManifestLaw = z.output<typeof manifestSchema>['laws'][string];

// An empty or missing alias file (a fixture content folder) simply adds no aliases.
const aliasesSchema = z.record(lawIdSchema, z.array(z.string().trim().min(1, '别名不能为空'))).nullish();

const TITLE_PREFIX = '中华人民共和国';

export function importLaws(input: ImportInput): ImportResult {
  const issues: ImportIssue[] = [];
  const manifestPath = `${input.lawsDir}/manifest.json`;
  const manifest = parseManifest(input.manifest, manifestPath, issues);
  const sources = parseSources(input.sources, `${input.lawsDir}/SOURCES.tsv`, issues);
  const aliases = parseAliases(input.aliases.text, input.aliases.path, issues);
  if (!manifest || !sources || !aliases) return { laws: [], issues };

  for (const id of Object.keys(aliases)) {
    if (!(id in manifest.laws)) issues.push(error(input.aliases.path, `manifest.json 中没有法律“${id}”`));
  }
  const used = new Set(Object.values(manifest.laws).flatMap((law) => law.versions.map((version) => version.file)));
  for (const file of sources.keys()) {
    if (!used.has(file)) issues.push(warning(`${input.lawsDir}/SOURCES.tsv`, `${file} 不在 manifest.json 中`));
  }

  const laws: ImportedLaw[] = [];
  for (const [id, entry] of Object.entries(manifest.laws).sort(([a], [b]) => compareStrings(a, b))) {
    const before = issues.length;
    const versions = [...entry.versions]
      .sort((a, b) => compareStrings(a.effectiveFrom, b.effectiveFrom))
      .map((version) => buildVersion(entry, version, input, sources, issues));
    if (issues.slice(before).some((issue) => issue.severity === 'error')) continue;

    const candidate = {
      title: entry.title,
      short: entry.short,
      aliases: lawAliases(entry.title, entry.short, aliases[id] ?? []),
      versions,
    };
    const parsed = lawSchema.safeParse(candidate);
    if (parsed.success) laws.push({ id, law: parsed.data });
    else issues.push(...zodIssues(manifestPath, parsed.error, `laws.${id}`));
  }
  checkAliasClashes(laws, input.aliases.path, issues);
  return { laws, issues };
}

/** Pretty-printed with a trailing newline; key order comes from the schema, so output is stable. */
export function serializeLaw(law: Law): string {
  return `${JSON.stringify(law, null, 2)}\n`;
}

export function formatIssue(issue: ImportIssue): string {
  const where = issue.line === undefined ? issue.file : `${issue.file}:${issue.line}`;
  return `${where}: ${issue.severity === 'warning' ? '警告 ' : ''}${issue.message}`;
}

/** The short name, the title without 中华人民共和国, then the editors' extras; never the title itself. */
export function lawAliases(title: string, short: string, extras: readonly string[]): string[] {
  const unprefixed = title.startsWith(TITLE_PREFIX) ? title.slice(TITLE_PREFIX.length) : title;
  return [...new Set([short, unprefixed, ...extras])].filter((alias) => alias !== title);
}

function buildVersion(
  law: ManifestLaw,
  version: ManifestLaw['versions'][number],
  input: ImportInput,
  sources: Map<string, string>,
  issues: ImportIssue[],
): LawVersion | null {
  const file = `${input.lawsDir}/${version.file}`;
  const source = sources.get(version.file);
  if (source === undefined) issues.push(error(`${input.lawsDir}/SOURCES.tsv`, `缺少 ${version.file} 的来源`));
  const text = input.readVersion(version.file);
  if (text === undefined) {
    issues.push(error(file, '文件不存在（manifest.json 中列出）'));
    return null;
  }
  try {
    const parsed = parseLawText(text);
    if (parsed.title !== law.title) {
      issues.push(error(file, `标题“${parsed.title}”与 manifest.json 中的“${law.title}”不符`));
    }
    issues.push(...laterHistoryDates(parsed.history, version.effectiveFrom, file));
    return {
      effectiveFrom: version.effectiveFrom,
      effectiveTo: version.effectiveTo,
      source: source ?? '',
      history: parsed.history,
      headings: parsed.headings,
      articles: parsed.articles,
      annexes: parsed.annexes,
    };
  } catch (caught) {
    if (!(caught instanceof LawTextError)) throw caught;
    issues.push({ severity: 'error', file, line: caught.line, message: caught.reason });
    return null;
  }
}

/**
 * A history note dated after effectiveFrom means the text already contains a later amendment, so
 * the manifest's date (and the articles shown for earlier dates) is probably wrong.
 */
function laterHistoryDates(history: readonly string[], effectiveFrom: string, file: string): ImportIssue[] {
  const dates = history.flatMap((line) =>
    [...line.matchAll(/(\d{4})年(\d{1,2})月(\d{1,2})日/g)].map(
      ([, y = '', m = '', d = '']) => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`,
    ),
  );
  return dates
    .filter((date) => date > effectiveFrom)
    .map((date) =>
      warning(file, `沿革中有 ${date} 的修改，晚于 manifest.json 的 effectiveFrom ${effectiveFrom}：请核对版本日期`),
    );
}

function parseManifest(text: string | undefined, file: string, issues: ImportIssue[]) {
  if (text === undefined) {
    issues.push(error(file, '文件不存在：--from 应指向含 manifest.json 的法律文本目录'));
    return null;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (caught) {
    issues.push(error(file, `不是有效的 JSON：${(caught as Error).message}`));
    return null;
  }
  const parsed = manifestSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  issues.push(...zodIssues(file, parsed.error));
  return null;
}

/** file → "source paths", the provenance shown with each version. */
function parseSources(text: string | undefined, file: string, issues: ImportIssue[]): Map<string, string> | null {
  if (text === undefined) {
    issues.push(error(file, '文件不存在'));
    return null;
  }
  const [header, ...rows] = text.split(/\r?\n/);
  if (header !== 'file\tsource\tpaths') {
    issues.push({ severity: 'error', file, line: 1, message: '表头应为 file<TAB>source<TAB>paths' });
    return null;
  }
  const sources = new Map<string, string>();
  const before = issues.length;
  rows.forEach((row, index) => {
    if (row.trim() === '') return;
    const line = index + 2;
    const fields = row.split('\t').map((field) => field.trim());
    const [name = '', source = '', paths = ''] = fields;
    if (fields.length !== 3 || !name || !source || !paths) {
      issues.push({ severity: 'error', file, line, message: '应有 3 列：file、source、paths（以 TAB 分隔）' });
    } else if (sources.has(name)) {
      issues.push({ severity: 'error', file, line, message: `${name} 重复` });
    } else {
      sources.set(name, `${source} ${paths}`);
    }
  });
  return issues.length === before ? sources : null;
}

function parseAliases(text: string | undefined, file: string, issues: ImportIssue[]): Record<string, string[]> | null {
  let data: unknown;
  try {
    data = text === undefined ? null : loadYaml(text);
  } catch (caught) {
    const line = caught instanceof YAMLException ? caught.mark.line + 1 : undefined;
    issues.push({
      severity: 'error',
      file,
      line,
      message: `不是有效的 YAML：${(caught as Error).message.split('\n')[0]}`,
    });
    return null;
  }
  const parsed = aliasesSchema.safeParse(data);
  if (parsed.success) return parsed.data ?? {};
  issues.push(...zodIssues(file, parsed.error));
  return null;
}

/** An alias naming two laws would make citations by that name ambiguous. */
function checkAliasClashes(laws: readonly ImportedLaw[], file: string, issues: ImportIssue[]): void {
  const owners = new Map<string, string>();
  for (const { id, law } of laws) {
    for (const alias of law.aliases) {
      const owner = owners.get(alias);
      if (owner) issues.push(error(file, `别名“${alias}”同时属于 ${owner} 和 ${id}`));
      else owners.set(alias, id);
    }
  }
}

function zodIssues(file: string, zodError: z.ZodError, prefix?: string): ImportIssue[] {
  return zodError.issues.map((issue) => {
    const where = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    return error(file, where ? `${where}：${issue.message}` : issue.message);
  });
}

/** Code-unit order, so output never depends on the machine's locale. */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function error(file: string, message: string): ImportIssue {
  return { severity: 'error', file, message };
}

function warning(file: string, message: string): ImportIssue {
  return { severity: 'warning', file, message };
}

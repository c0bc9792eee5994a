import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { CORE_SCHEMA, dump, load as loadYaml } from 'js-yaml';
import { pinyin } from 'pinyin-pro';
import type { z } from 'zod';
import { questionSchema } from '../schemas/question.ts';
import type { IsoDate } from '../shared/dates.ts';
import { formatFieldPath } from '../knowledge/field-lines.ts';

// The pieces `npm run new` and `npm run import:text` share to write a new content file: a slug
// from a Chinese title, the frontmatter in the style of the hand-written files, and a check of the
// result with the very schema the build applies, so a generated file never fails `npm run check`.

/** What a question slug may look like: it is the URL, so lowercase ASCII words joined by hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Long enough for a whole short title, short enough for a URL someone may read out or type. */
export const MAX_SLUG_LENGTH = 60;

/** Marks the text an editor still has to write; one token, so it is easy to search for. */
export const TODO = '【待填写】';

/**
 * 无证驾驶拘留最少几天？ → wu-zheng-jia-shi-ju-liu-zui-shao-ji-tian. Toneless pinyin (ü as v, as
 * Chinese keyboards type it), Latin letters and digits kept, everything else a word break. Cut at a
 * syllable boundary so the URL never ends in half a word. Empty when nothing usable is left.
 */
export function slugify(text: string, max = MAX_SLUG_LENGTH): string {
  return joinWords(pinyinWords(text, false), max);
}

/** 张凯 → zhang-kai; surnames read as surnames (单 → shan, 曾 → zeng), as people say the name. */
export function personId(name: string, max = MAX_SLUG_LENGTH): string {
  return joinWords(pinyinWords(name, true), max);
}

function pinyinWords(text: string, isName: boolean): string[] {
  // NFKC first so that full-width letters and digits (ＡＢＣ１２３) count as the ASCII they stand for.
  const syllables = pinyin(text.normalize('NFKC'), {
    toneType: 'none',
    type: 'array',
    nonZh: 'consecutive',
    v: true,
    ...(isName ? { surname: 'head' as const } : {}),
  });
  return syllables.flatMap((part) => part.toLowerCase().split(/[^a-z0-9]+/)).filter(Boolean);
}

function joinWords(words: readonly string[], max: number): string {
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > max) return slug || word.slice(0, max);
    slug = next;
  }
  return slug;
}

/** `base`, else `base-2`, `base-3`…: the first one `taken` does not claim. */
export function freeSlug(base: string, taken: (slug: string) => boolean): string {
  if (!taken(base)) return base;
  for (let n = 2; ; n++) {
    if (!taken(`${base}-${n}`)) return `${base}-${n}`;
  }
}

/** Today as the editor's calendar shows it: a question written late at night is not dated tomorrow. */
export function localIsoDate(now: Date): IsoDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '.': '。' };

/**
 * Pages copied from the web often mix ASCII punctuation into Chinese text (小公司,有一些). Converts
 * it where it stands after a Chinese character and before Chinese, a digit or the end of the line,
 * so 1,000元, 1.5倍 and www.example.cn stay as they are. Parentheses and double quotes around
 * Chinese become full-width too.
 */
export function fullWidthPunctuation(text: string): string {
  return text
    .replace(
      /(?<=[\p{Script=Han}”’）》」』、，。；：？！])([,;:?!])[ \t]*(?=[\p{Script=Han}“‘（《「『0-9]|[ \t]*$)/gmu,
      (_, mark: string) => FULL_WIDTH[mark]!,
    )
    .replace(/(?<=\p{Script=Han})\.(?=\p{Script=Han}|[ \t]*$)/gmu, '。')
    .replace(/\(([^()\n]*\p{Script=Han}[^()\n]*)\)/gu, '（$1）')
    .replace(/"([^"\n]*\p{Script=Han}[^"\n]*)"/gu, '“$1”');
}

/** One `statutes` entry as editors write it: `{ law: civil-code, article: 577 }`. */
export interface StatuteLine {
  law: string;
  /** 577, or "133之一" for an article inserted later. */
  article: number | string;
}

export interface NewQuestion {
  title: string;
  question: string;
  category: string;
  tags: readonly string[];
  lawyer: string;
  statutes: readonly StatuteLine[];
  related: readonly string[];
  published: IsoDate;
  draft: boolean;
  /** The answer, Markdown. */
  body: string;
}

/**
 * The file text of a question, fields in the order of the README example. Every field is written,
 * empty lists included, so an editor sees what can be filled in without looking it up.
 */
export function renderQuestion(q: NewQuestion): string {
  const statutes = q.statutes.length
    ? `statutes:\n${q.statutes.map((s) => `  - { law: ${s.law}, article: ${yamlInline(s.article)} }`).join('\n')}`
    : 'statutes: []';
  return [
    '---',
    `title: ${yamlInline(q.title)}`,
    `question: ${yamlInline(q.question)}`,
    `category: ${yamlInline(q.category)}`,
    `tags: ${yamlList(q.tags)}`,
    `lawyer: ${yamlInline(q.lawyer)}`,
    statutes,
    `related: ${yamlList(q.related)}`,
    // Unquoted, as editors write it: CORE_SCHEMA keeps it text, Astro's YAML reads a date.
    `published: ${q.published}`,
    `draft: ${q.draft}`,
    '---',
    '',
    q.body.trim(),
    '',
  ].join('\n');
}

/**
 * A scalar as YAML writes it on one line, quoted only when it must be. The default schema decides,
 * because it is the stricter reader: "2026-11-27" or "yes" as a title would otherwise change type.
 */
export function yamlInline(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const text = dump(value, { lineWidth: -1, quotingType: '"' }).trimEnd();
  // A multi-line value comes back as a block scalar; frontmatter here keeps every field on one line.
  return text.includes('\n') ? JSON.stringify(value) : text;
}

function yamlList(values: readonly string[]): string {
  return values.length ? `[${values.map(yamlInline).join(', ')}]` : '[]';
}

/**
 * Problems the build would report for this question file, as `field: message`; empty when it
 * passes. The file is read the way content-files.ts reads it: gray-matter with js-yaml's core schema.
 */
export function questionProblems(text: string): string[] {
  let data: unknown;
  try {
    data = matter(text, { engines: { yaml: (source: string) => (loadCore(source) ?? {}) as object } }).data;
  } catch (caught) {
    return [`(yaml): ${(caught as Error).message}`];
  }
  return schemaProblems(questionSchema, data);
}

/** Problems of a YAML file (a lawyer, a category) against its schema, as `field: message`. */
export function yamlProblems(text: string, schema: z.ZodType): string[] {
  let data: unknown;
  try {
    data = loadCore(text) ?? {};
  } catch (caught) {
    return [`(yaml): ${(caught as Error).message}`];
  }
  return schemaProblems(schema, data);
}

function schemaProblems(schema: z.ZodType, data: unknown): string[] {
  const result = schema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    // As `npm run check` does: an unknown field is named itself, not the object holding it.
    const where = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path;
    return `${formatFieldPath(where) || '(frontmatter)'}: ${issue.message}`;
  });
}

function loadCore(text: string): unknown {
  return loadYaml(text, { schema: CORE_SCHEMA });
}

/** One entry of a numbered list an editor picks from. */
export interface Choice {
  id: string;
  name: string;
}

/** `  1. traffic（交通事故）`, one per line, numbered from 1. */
export function choiceList(choices: readonly Choice[]): string {
  return choices.map((choice, index) => `  ${index + 1}. ${choice.id}（${choice.name}）`).join('\n');
}

/** traffic（交通事故）、editorial（法问编辑部）: the valid ids, for a one-line message. */
export function choiceInline(choices: readonly Choice[]): string {
  return choices.map((choice) => `${choice.id}（${choice.name}）`).join('、');
}

/** What the editor typed at the prompt: a number from the list, or an id; undefined when neither. */
export function pickChoice(input: string, choices: readonly Choice[]): Choice | undefined {
  const answer = input.trim().normalize('NFKC');
  if (/^\d+$/.test(answer)) return choices[Number(answer) - 1];
  return choices.find((choice) => choice.id === answer);
}

/**
 * Creates `file` with `text` unless something is already there: `false` then, and the existing file
 * is untouched. The text goes to a temporary file first and is hard-linked into place, which fails
 * if the name exists, so a reader (the dev server) never sees half a file and two writers racing for
 * one name never clobber each other.
 */
export function createFileExclusively(file: string, text: string): boolean {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(temp, text);
    try {
      fs.linkSync(temp, file);
      return true;
    } catch (caught) {
      const code = (caught as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') return false;
      // Some file systems have no hard links: exclusive creation still never overwrites.
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV') throw caught;
    }
    try {
      fs.writeFileSync(file, text, { flag: 'wx' });
      return true;
    } catch (caught) {
      if ((caught as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw caught;
    }
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

/**
 * A new question as `npm run new` writes it: valid for the schema, so `npm run check` and the dev
 * server accept it at once, but a draft whose two texts are marked 【待填写】 until the editor writes them.
 */
export function blankQuestion(fields: {
  title: string;
  category: string;
  lawyer: string;
  published: IsoDate;
}): NewQuestion {
  return {
    ...fields,
    question: `${TODO}请在这里写读者的提问：遇到了什么情况，想知道什么。`,
    tags: [],
    statutes: [],
    related: [],
    draft: true,
    // No article number here: a placeholder citation would itself be checked as one.
    body: `${TODO}请在这里写解答正文。引用法条时写明法律名称和条号，并把引用的条文加入上面的 statutes。`,
  };
}

import { authorSchema } from '../schemas/author.ts';
import { citationsInMarkdown } from '../citations/find.ts';
import type { IsoDate } from '../shared/dates.ts';
import type { LawLibrary } from '../laws/library.ts';
import { toChineseNumber } from '../laws/numerals.ts';
import {
  fullWidthPunctuation,
  personId,
  questionProblems,
  renderQuestion,
  slugify,
  yamlInline,
  yamlProblems,
  type StatuteLine,
} from './scaffold.ts';

// `npm run import:text`: a legal Q&A page saved as plain text (as a browser's "save as text" gives
// it) becomes question files and a lawyer file. The page's layout is fixed: the question's title,
// the reader's description, one line naming the lawyer and credential (张凯执业律师), optionally
// 已帮助 N 人解决法律问题, the answer, then 相关问题 / 为您推荐N个最新问题 and the recommended questions,
// each a title and a description. Blank lines carry no meaning: copies differ in how many they keep.
// Whatever does not fit the layout is reported, never guessed at.

export interface ImportedLawyer {
  name: string;
  credential: string;
  helped?: number | undefined;
}

export interface ImportedQuestion {
  title: string;
  description: string;
}

export interface ParsedPage {
  /** The answered question, when its lawyer line, description and answer were all recognised. */
  answered?: ImportedQuestion & { lawyer: ImportedLawyer; answer: string[] };
  /** Recommended questions, in page order: titles and descriptions, no answers. */
  recommended: ImportedQuestion[];
  /** What could not be recognised, one editor-facing line each. */
  problems: string[];
}

// Credentials as the page prints them right after the name; 律师 alone last, so 执业律师 wins.
const LAWYER_LINE = /^([\p{Script=Han}·]{2,8}?)\s*((?:执业|专职|兼职|实习|公职|公司)律师|律师)$/u;
const HELPED_LINE = /^已帮助\s*([0-9,，]+)\s*人/;
const RELATED_HEADER = /^相关问题$/;
const RECOMMENDED_HEADER = /^为您推荐\s*([0-9]+)\s*个(?:最新)?问题$/;
// Titles are short questions; a description is longer and rarely a single short question.
const MAX_TITLE_LENGTH = 60;

/** The page's lines, trimmed, without blank lines, with Windows line ends and ASCII punctuation mended. */
export function pageLines(text: string): string[] {
  return fullWidthPunctuation(
    text
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n')
      .replace(/\u00A0/g, ' '),
  )
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** Reads a saved page; pure, so every layout variant is tested without files. */
export function parsePage(text: string): ParsedPage {
  const lines = pageLines(text);
  const problems: string[] = [];
  const recommended: ImportedQuestion[] = [];
  if (lines.length === 0) return { recommended, problems: ['未识别到任何问题：文件是空的'] };

  const title = lines[0]!;
  let tailAt = lines.findIndex((line, index) => index > 0 && isHeader(line));
  if (tailAt === -1) tailAt = lines.length;
  const main = lines.slice(1, tailAt);

  let answered: ParsedPage['answered'];
  const lawyerAt = main.findIndex((line) => LAWYER_LINE.test(line));
  if (lawyerAt === -1) {
    problems.push(
      `未识别到律师信息：标题“${title}”之后、“相关问题”之前没有“姓名+执业身份”的一行（例如“张凯执业律师”），这个已答问题未导入`,
    );
  } else {
    const [, name, credential] = LAWYER_LINE.exec(main[lawyerAt]!)!;
    const helpedMatch = HELPED_LINE.exec(main[lawyerAt + 1] ?? '');
    const helped = helpedMatch ? Number(helpedMatch[1]!.replace(/[,，]/g, '')) : undefined;
    const description = main.slice(0, lawyerAt).join('');
    const answer = main.slice(lawyerAt + (helpedMatch ? 2 : 1));
    if (!description) {
      problems.push(`未识别到提问描述：标题“${title}”之后直接是律师信息，这个已答问题未导入`);
    } else if (answer.length === 0) {
      problems.push(`未识别到解答：律师信息“${main[lawyerAt]}”之后没有正文，已答问题“${title}”未导入`);
    } else {
      answered = { title, description, lawyer: { name: name!, credential: credential!, helped }, answer };
    }
  }

  let declared: number | undefined;
  let current: ImportedQuestion | undefined;
  for (const line of lines.slice(tailAt)) {
    const count = RECOMMENDED_HEADER.exec(line);
    if (count || RELATED_HEADER.test(line)) {
      if (count) declared = Number(count[1]);
      continue;
    }
    if (current && (current.description === '' || !looksLikeTitle(line))) {
      // A description copied over several lines is one description.
      current.description += line;
      continue;
    }
    current = { title: line, description: '' };
    recommended.push(current);
  }
  const complete = recommended.filter((question) => {
    if (question.description) return true;
    problems.push(`未识别到问题描述：推荐问题“${question.title}”后面没有描述，未导入`);
    return false;
  });
  if (declared !== undefined && declared !== recommended.length) {
    problems.push(`推荐问题数量不符：页面写明 ${declared} 个，识别到 ${recommended.length} 个，请对照原文核对`);
  }
  return { ...(answered ? { answered } : {}), recommended: complete, problems };
}

function isHeader(line: string): boolean {
  return RELATED_HEADER.test(line) || RECOMMENDED_HEADER.test(line);
}

function looksLikeTitle(line: string): boolean {
  return line.length <= MAX_TITLE_LENGTH && /[？?]$/.test(line);
}

/** What the content folder already holds, by content-relative path (questions/x.md). */
export interface ExistingContent {
  /** Slug → file of every question file, including those that fail their schema. */
  questions: ReadonlyMap<string, string>;
  /** Title → file. */
  titles: ReadonlyMap<string, string>;
  authors: ReadonlyMap<string, { name: string; kind: 'lawyer' | 'editorial'; file: string }>;
}

export interface ImportOptions {
  category: string;
  /** `published` of every imported question, and the date its citations are checked for. */
  date: IsoDate;
  /** The imported file's name, for the note in drafts and the lawyer file. */
  source: string;
  /** Overrides the lawyer id made from the name's pinyin (two lawyers of one name, an existing id). */
  lawyerId?: string | undefined;
  /** How messages show the content folder: `content`, or wherever --out points. */
  contentLabel: string;
}

export interface PlannedFile {
  /** Relative to the content folder, with forward slashes. */
  path: string;
  text: string;
  kind: 'lawyer' | 'answered' | 'draft';
  /** Who wrote the question (an author id); the lawyer's name for a lawyer file. */
  label: string;
}

export interface ImportPlan {
  /** In writing order: the lawyer before the question that names it. */
  files: PlannedFile[];
  /** `已存在，未覆盖：path` and the like: files left alone on purpose. */
  skipped: string[];
  /** Things an editor has to look at: what the page did not make clear, and bad citations. */
  problems: string[];
}

/**
 * Decides which files to write, without touching the disk: nothing that exists is ever planned
 * again, so a re-run, or a run after editors have worked on the files, changes nothing of theirs.
 */
export function planImport(
  page: ParsedPage,
  options: ImportOptions,
  existing: ExistingContent,
  library: LawLibrary,
): ImportPlan {
  const files: PlannedFile[] = [];
  const skipped: string[] = [];
  const problems = [...page.problems];
  const shown = (relative: string) => `${options.contentLabel}/${relative}`;
  const planned = new Set<string>();

  // The imported lawyer, when the page named one and the id is free or already theirs.
  let lawyerId: string | undefined;
  const lawyer = page.answered?.lawyer;
  if (lawyer) {
    const id = options.lawyerId ?? personId(lawyer.name);
    const author = existing.authors.get(id);
    const relative = `lawyers/${id}.yaml`;
    if (!id) {
      problems.push(`无法从律师姓名“${lawyer.name}”生成 id：请用 --lawyer-id 指定，已答问题未导入`);
    } else if (author && author.name !== lawyer.name) {
      problems.push(
        `作者 id“${id}”已被 ${shown(author.file)}（${author.name}）使用：请用 --lawyer-id 给${lawyer.name}另取一个 id，已答问题未导入`,
      );
    } else if (author) {
      lawyerId = id;
      skipped.push(`已存在，未覆盖：${shown(author.file)}`);
    } else {
      const text = renderLawyer(lawyer, options.source);
      const invalid = yamlProblems(text, authorSchema);
      if (invalid.length) problems.push(...invalid.map((line) => `生成的律师文件未通过校验，未写入：${line}`));
      else {
        lawyerId = id;
        files.push({ path: relative, text, kind: 'lawyer', label: lawyer.name });
      }
    }
  }

  const editorial = existing.authors.has('editorial')
    ? 'editorial'
    : [...existing.authors]
        .filter(([, author]) => author.kind === 'editorial')
        .sort(([a], [b]) => a.localeCompare(b))[0]?.[0];
  const draftAuthor = editorial ?? lawyerId;

  const addQuestion = (
    question: ImportedQuestion,
    kind: 'answered' | 'draft',
    author: string,
    body: string,
    statutes: StatuteLine[],
  ) => {
    const sameTitle = existing.titles.get(question.title);
    const slug = slugify(question.title);
    if (!slug) {
      problems.push(
        `无法从标题“${question.title}”生成网址，未导入：请用 npm run new -- "${question.title}" --slug <网址> 手工创建`,
      );
      return;
    }
    const present = existing.questions.get(slug);
    if (present) {
      skipped.push(`已存在，未覆盖：${shown(present)}`);
      return;
    }
    if (sameTitle) {
      skipped.push(`已有同题问题，未导入：“${question.title}”见 ${shown(sameTitle)}`);
      return;
    }
    const relative = `questions/${slug}.md`;
    if (planned.has(relative)) {
      skipped.push(`页面中重复出现，只导入一次：“${question.title}”`);
      return;
    }
    const text = renderQuestion({
      title: question.title,
      question: question.description,
      category: options.category,
      tags: [],
      lawyer: author,
      statutes,
      related: [],
      published: options.date,
      draft: kind === 'draft',
      body,
    });
    const invalid = questionProblems(text);
    if (invalid.length) {
      problems.push(...invalid.map((line) => `生成的问题文件未通过校验，未写入 ${shown(relative)}：${line}`));
      return;
    }
    planned.add(relative);
    files.push({ path: relative, text, kind, label: author });
  };

  const answered = page.answered;
  if (answered && lawyerId) {
    const body = answered.answer.join('\n\n');
    const { statutes, problems: citationProblems } = citedStatutes(body, library, options.date);
    problems.push(...citationProblems.map((message) => `“${answered.title}”的正文引用有误，请核对：${message}`));
    addQuestion(answered, 'answered', lawyerId, body, statutes);
  }
  if (page.recommended.length && !draftAuthor) {
    problems.push(
      `没有可用的作者：内容目录里没有编辑部作者（kind: editorial），也没有识别到律师，${page.recommended.length} 个推荐问题未导入`,
    );
  } else if (draftAuthor) {
    const body = draftBody(options.source);
    for (const question of page.recommended) addQuestion(question, 'draft', draftAuthor, body, []);
  }
  return { files, skipped, problems };
}

/**
 * The `statutes` the answer's own citations call for, so `npm run check` finds text and frontmatter
 * in agreement; one entry per article, in order of first citation. Citations that do not resolve on
 * the answer's date are left out and reported.
 */
export function citedStatutes(
  body: string,
  library: LawLibrary,
  date: IsoDate,
): { statutes: StatuteLine[]; problems: string[] } {
  const statutes: StatuteLine[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const { resolution } of citationsInMarkdown(body, library, date)) {
    if (!resolution) continue;
    if (!resolution.ok) {
      problems.push(resolution.message);
      continue;
    }
    const { lawId, article } = resolution.citation;
    const key = `${lawId}#${article.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    statutes.push({
      law: lawId,
      article: article.sub === 0 ? article.number : `${article.number}之${toChineseNumber(article.sub)}`,
    });
  }
  return { statutes, problems };
}

/** The answer placeholder of a draft: valid, plainly unfinished, and saying where the question came from. */
export function draftBody(source: string): string {
  return `【待解答】这个问题从 ${source} 导入，还没有解答。请撰写解答，核对分类和作者，然后把 draft 改为 false。`;
}

/**
 * The lawyer file: only what the page states. Firm, region and practice areas are not on the page
 * and are left out rather than invented; the bio restates the page until the lawyer supplies one.
 */
export function renderLawyer(lawyer: ImportedLawyer, source: string): string {
  const helped = lawyer.helped === undefined ? '' : `，已帮助 ${lawyer.helped} 人解决法律问题`;
  return [
    `# 由 npm run import:text 从 ${source} 导入。原文只有姓名、执业身份和帮助人数；`,
    '# 执业机构（firm）、地区（region）、擅长领域（practiceAreas）和简介（bio）请向律师本人核实后补充。',
    `name: ${yamlInline(lawyer.name)}`,
    'kind: lawyer',
    `credential: ${yamlInline(lawyer.credential)}`,
    ...(lawyer.helped === undefined ? [] : [`helped: ${lawyer.helped}`]),
    `bio: ${yamlInline(`${lawyer.name}，${lawyer.credential}${helped}。`)}`,
    '',
  ].join('\n');
}

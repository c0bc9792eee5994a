import type { LawAnnex, LawArticle, LawHeading, LawHeadingLevel } from '../schemas/law.ts';
import { articleId, articleLabel } from './article-ref.ts';
import { parseChineseNumber, toChineseNumber } from './numerals.ts';

// Parses the Markdown statute texts in ../shared/laws. Two source formats are real:
//   `**第一条**　text` with headings `## 第一章　总则`, and
//   `第一条 text` with headings `## 第一章 总 则` and a history header closed by <!-- INFO END -->,
// and files mix them (刑法 writes most 之一 articles without bold). Anything the parser does not
// recognise is an error with its line number: a silently dropped line would be a missing sentence
// of law on the site.

export type { LawAnnex, LawArticle, LawHeading, LawHeadingLevel };
export type { LawParagraph } from '../schemas/law.ts';

export interface ParsedLawText {
  /** The `# title` line. */
  title: string;
  /** Enactment and amendment notes between the title and the first heading or article. */
  history: string[];
  headings: LawHeading[];
  articles: LawArticle[];
  annexes: LawAnnex[];
}

export class LawTextError extends Error {
  /** 1-based line number in the parsed text. */
  readonly line: number;
  /** The message without the line number, for `path:line: reason` output. */
  readonly reason: string;

  constructor(line: number, reason: string) {
    super(`第 ${line} 行：${reason}`);
    this.name = 'LawTextError';
    this.line = line;
    this.reason = reason;
  }
}

const NUMERAL = '[〇零一二两三四五六七八九十百千]+';

// The closing ** must mirror the opening one; the separator is an ASCII or an ideographic space.
const ARTICLE_LINE = new RegExp(`^(\\*\\*)?第(${NUMERAL})条(?:之(${NUMERAL}))?\\1(?:[ \\u3000]+(.*))?$`);
const HEADING_LINE = /^#{1,6}\s+(.+)$/;
const NUMBERED_HEADING = new RegExp(`^第(${NUMERAL})(分编|编|章|节)\\s*(.+)$`);
const ITEM_LINE = new RegExp(`^[（(](${NUMERAL})[）)]`);
const SUB_ITEM_LINE = /^[0-9０-９]+[．.](?![0-9])/;
const BOLD_LINE = /^\*\*(.+)\*\*$/;
const MARKUP_LINE = /^(?:[|>`<[]|[-*+]\s|!\[|\*\*)/;
const INFO_END = '<!-- INFO END -->';

const HEADING_UNITS: Readonly<Record<string, LawHeadingLevel>> = {
  编: 'part',
  分编: 'subpart',
  章: 'chapter',
  节: 'section',
};
const LEVEL_ORDER: readonly LawHeadingLevel[] = ['part', 'subpart', 'chapter', 'section'];

type Line =
  | { kind: 'heading'; text: string }
  | { kind: 'article'; number: number; sub: number; text: string }
  | { kind: 'item'; number: number; text: string }
  | { kind: 'text'; text: string };

function classifyLine(text: string, lineNo: number): Line {
  const heading = HEADING_LINE.exec(text);
  if (heading) return { kind: 'heading', text: heading[1].trim() };

  const article = ARTICLE_LINE.exec(text);
  if (article) {
    const number = parseChineseNumber(article[2]);
    const sub = article[3] === undefined ? 0 : parseChineseNumber(article[3]);
    if (number === null || sub === null) {
      throw new LawTextError(lineNo, `条号“${text.split(/[ \u3000]/)[0]}”不是有效的中文数字`);
    }
    return { kind: 'article', number, sub, text: (article[4] ?? '').trim() };
  }

  const item = ITEM_LINE.exec(text);
  if (item) {
    const number = parseChineseNumber(item[1]);
    if (number === null) throw new LawTextError(lineNo, `项号“${item[0]}”不是有效的中文数字`);
    return { kind: 'item', number, text };
  }
  return { kind: 'text', text };
}

interface PendingHeading {
  level: LawHeadingLevel;
  text: string;
  line: number;
}

/** Mutable parse state; it never escapes parseLawText. */
interface Body {
  headings: LawHeading[];
  /** Headings waiting for the article they precede. */
  pending: PendingHeading[];
  articles: LawArticle[];
  annexes: LawAnnex[];
  /** The article that text and items are added to; null right after a heading. */
  article: LawArticle | null;
  articleLine: number;
  /** Whether the previous line belonged to the last item of the current article. */
  inItem: boolean;
  /** Where the last annex starts, for the error if it stays empty. */
  annexLine: number;
}

export function parseLawText(markdown: string): ParsedLawText {
  const lines = markdown.replace(/^\uFEFF/, '').split(/\r?\n/);
  let title: string | null = null;
  const history: string[] = [];
  let headerClosed = false;
  let body: Body | null = null;

  for (const [index, raw] of lines.entries()) {
    const lineNo = index + 1;
    const text = raw.trim();
    if (text === '') continue;

    if (title === null) {
      const heading = HEADING_LINE.exec(text);
      if (!heading || text.startsWith('##')) {
        throw new LawTextError(lineNo, `第一行应为“# 法律名称”，实为“${preview(text)}”`);
      }
      title = heading[1].trim();
      continue;
    }
    if (body === null && text === INFO_END) {
      headerClosed = true;
      continue;
    }

    const line = classifyLine(text, lineNo);
    if (body === null) {
      if (line.kind === 'text' && !headerClosed) {
        history.push(plainText(text, lineNo));
        continue;
      }
      if (line.kind !== 'heading' && line.kind !== 'article') {
        throw new LawTextError(lineNo, `应为章节标题（## 第一章　总则）或条文（第一条），实为“${preview(text)}”`);
      }
      body = {
        headings: [],
        pending: [],
        articles: [],
        annexes: [],
        article: null,
        articleLine: 0,
        inItem: false,
        annexLine: 0,
      };
    }
    addLine(body, line, lineNo);
  }

  if (title === null) throw new LawTextError(1, '文件为空，应以“# 法律名称”开头');
  if (body === null || body.articles.length === 0) {
    throw new LawTextError(lines.length, '没有找到任何条文（第一条）');
  }
  finishBody(body);
  return { title, history, headings: body.headings, articles: body.articles, annexes: body.annexes };
}

function addLine(body: Body, line: Line, lineNo: number): void {
  const annex = body.annexes.at(-1);
  if (annex) {
    addAnnexLine(body, annex, line, lineNo);
    return;
  }
  switch (line.kind) {
    case 'heading':
      addHeading(body, line.text, lineNo);
      return;
    case 'article':
      addArticle(body, line, lineNo);
      return;
    case 'item':
      addItem(body, line, lineNo);
      return;
    case 'text':
      addText(body, line.text, lineNo);
  }
}

function addHeading(body: Body, text: string, lineNo: number): void {
  closeArticle(body);
  const compact = text.replace(/\s+/g, '');
  if (compact.startsWith('附件')) {
    openAnnex(body, compact, lineNo);
    return;
  }
  const numbered = NUMBERED_HEADING.exec(text);
  if (numbered) {
    const [, numeral, unit, rest] = numbered;
    if (parseChineseNumber(numeral) === null) {
      throw new LawTextError(lineNo, `标题“${text}”中的“${numeral}”不是有效的中文数字`);
    }
    body.pending.push({
      level: HEADING_UNITS[unit],
      text: `第${numeral}${unit}\u3000${rest.replace(/\s+/g, '')}`,
      line: lineNo,
    });
    return;
  }
  if (compact === '附则') {
    // An unnumbered 附则 (民法典, 刑法) closes the whole code, so it sits at the top level in use.
    body.pending.push({ level: topLevel(body), text: compact, line: lineNo });
    return;
  }
  throw new LawTextError(lineNo, `无法识别的标题“${text}”：应为“第…编/分编/章/节 标题”、“附则”或“附件…”`);
}

function topLevel(body: Body): LawHeadingLevel {
  const used = [...body.headings, ...body.pending].map((heading) => LEVEL_ORDER.indexOf(heading.level));
  return LEVEL_ORDER[Math.min(...used)] ?? 'chapter';
}

function addArticle(body: Body, line: Extract<Line, { kind: 'article' }>, lineNo: number): void {
  closeArticle(body);
  const label = articleLabel(line.number, line.sub);
  const previous = body.articles.at(-1);
  if (previous && compareArticles(previous, line) >= 0) {
    throw new LawTextError(
      lineNo,
      compareArticles(previous, line) === 0
        ? `条文重复：${label}已经出现过`
        : `条文顺序错误：${label}出现在${previous.label}之后`,
    );
  }
  const id = articleId(line.number, line.sub);
  const article: LawArticle = { id, number: line.number, sub: line.sub, label, paragraphs: [] };
  // An article whose label stands alone on its line gets its first paragraph from the next line.
  if (line.text !== '') article.paragraphs.push({ text: line.text, items: [] });
  body.articles.push(article);
  body.article = article;
  body.articleLine = lineNo;
  body.inItem = false;
  for (const heading of body.pending) body.headings.push({ level: heading.level, text: heading.text, before: id });
  body.pending = [];
}

function compareArticles(a: { number: number; sub: number }, b: { number: number; sub: number }): number {
  return a.number - b.number || a.sub - b.sub;
}

function addItem(body: Body, line: Extract<Line, { kind: 'item' }>, lineNo: number): void {
  const article = requireArticle(body, line.text, lineNo);
  let paragraph = article.paragraphs.at(-1);
  if (!paragraph) {
    // Items right after the label: the 款 has no introductory sentence of its own.
    paragraph = { text: '', items: [] };
    article.paragraphs.push(paragraph);
  }
  const expected = paragraph.items.length + 1;
  if (line.number !== expected) {
    throw new LawTextError(
      lineNo,
      `${article.label}的项号不连续：应为（${toChineseNumber(expected)}），实为“${preview(line.text)}”`,
    );
  }
  paragraph.items.push(line.text);
  body.inItem = true;
}

function addText(body: Body, line: string, lineNo: number): void {
  const text = plainText(line, lineNo);
  const article = requireArticle(body, text, lineNo);
  const paragraph = article.paragraphs.at(-1);
  const item = paragraph?.items.at(-1);
  if (paragraph && item !== undefined && body.inItem && continuesItem(item, text)) {
    paragraph.items[paragraph.items.length - 1] = `${item}\n${text}`;
    return;
  }
  article.paragraphs.push({ text, items: [] });
  body.inItem = false;
}

/**
 * An item ending in a colon introduces its own content: a list of 目 (1．2．3．) or a sentence, as
 * in 诉讼费用交纳办法 第十四条 (二). Those lines stay inside the item, joined by "\n", so that item
 * numbers keep matching （一）（二）…; a plain sentence after 目 starts a new 款 again.
 */
function continuesItem(item: string, text: string): boolean {
  return item.endsWith('：') || (item.includes('\n') && SUB_ITEM_LINE.test(text));
}

function requireArticle(body: Body, text: string, lineNo: number): LawArticle {
  if (!body.article) {
    throw new LawTextError(lineNo, `文字不属于任何条文：标题之后应为“第…条”，实为“${preview(text)}”`);
  }
  return body.article;
}

function addAnnexLine(body: Body, annex: LawAnnex, line: Line, lineNo: number): void {
  if (line.kind === 'heading') {
    const compact = line.text.replace(/\s+/g, '');
    if (!compact.startsWith('附件')) {
      throw new LawTextError(lineNo, `附件之后只能是另一个附件，实为标题“${line.text}”`);
    }
    closeAnnex(body, annex);
    openAnnex(body, compact, lineNo);
    return;
  }
  if (line.kind === 'article') {
    throw new LawTextError(lineNo, `附件之后不应再有条文（${articleLabel(line.number, line.sub)}）`);
  }
  // Annex lines are not statute articles; a fully bold line is an annex's lead sentence.
  annex.paragraphs.push(plainText(BOLD_LINE.exec(line.text)?.[1]?.trim() ?? line.text, lineNo));
}

function closeArticle(body: Body): void {
  if (body.article && body.article.paragraphs.length === 0) {
    throw new LawTextError(body.articleLine, `${body.article.label}没有条文内容`);
  }
  body.article = null;
  body.inItem = false;
}

function openAnnex(body: Body, title: string, lineNo: number): void {
  body.annexes.push({ title, paragraphs: [] });
  body.annexLine = lineNo;
}

function closeAnnex(body: Body, annex: LawAnnex): void {
  if (annex.paragraphs.length === 0) throw new LawTextError(body.annexLine, `${annex.title}没有内容`);
}

function finishBody(body: Body): void {
  closeArticle(body);
  const heading = body.pending[0];
  if (heading) throw new LawTextError(heading.line, `标题“${heading.text}”之后没有条文`);
  const annex = body.annexes.at(-1);
  if (annex) closeAnnex(body, annex);
}

/** Rejects Markdown that the site would otherwise show as raw symbols inside statute text. */
function plainText(text: string, lineNo: number): string {
  if (MARKUP_LINE.test(text)) {
    throw new LawTextError(lineNo, `不支持的 Markdown 格式（表格、引用、列表、HTML 或加粗）：“${preview(text)}”`);
  }
  return text;
}

function preview(text: string): string {
  return text.length > 30 ? `${text.slice(0, 30)}…` : text;
}

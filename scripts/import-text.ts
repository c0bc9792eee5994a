// npm run import:text -- <file> --category <id> [--out <content dir>] [--lawyer-id <id>] [--date YYYY-MM-DD]
//
// Turns a legal Q&A page saved as plain text into question files (the answered one, and the
// recommended ones as drafts) and a lawyer file. Existing files are never overwritten. Prints what
// it wrote, what it skipped and what it could not recognise. Exit codes: 0 something was written,
// 1 nothing was (or an unknown category), 2 usage.

import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadContentFiles } from '../src/knowledge/files.ts';
import { lawLibrary } from '../src/laws/library.ts';
import { createFileExclusively, localIsoDate, SLUG_PATTERN } from '../src/authoring/scaffold.ts';
import { parsePage, planImport, type ExistingContent, type PlannedFile } from '../src/authoring/text-import.ts';
import { dateField } from '../src/schemas/fields.ts';
import { settingsOrExit } from '../src/settings.ts';

const repoRoot = path.resolve(import.meta.dirname, '..');
const USAGE =
  '用法：npm run import:text -- <文本文件> --category <分类 id> [--out <内容目录>] [--lawyer-id <律师 id>] [--date YYYY-MM-DD]';

function main(): number {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        category: { type: 'string' },
        out: { type: 'string' },
        'lawyer-id': { type: 'string' },
        date: { type: 'string' },
      },
    });
  } catch (caught) {
    return usage((caught as Error).message);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) return usage(positionals.length ? '一次只能导入一个文件' : '缺少要导入的文本文件');
  const source = path.resolve(positionals[0]!);
  const date = dateField.safeParse(values.date ?? localIsoDate(new Date()));
  if (!date.success) return usage(`--date: ${date.error.issues[0]!.message}`);
  const lawyerId = values['lawyer-id'];
  if (lawyerId !== undefined && !SLUG_PATTERN.test(lawyerId)) {
    return usage(`--lawyer-id: “${lawyerId}”不能作 id：只能用小写字母、数字和连字符，例如 zhang-kai`);
  }

  let text: string;
  try {
    text = fs.readFileSync(source, 'utf8');
  } catch (caught) {
    return usage(`无法读取 ${show(source)}：${(caught as NodeJS.ErrnoException).code ?? (caught as Error).message}`);
  }

  const out = values.out === undefined ? path.resolve(repoRoot, settingsOrExit().content) : path.resolve(values.out);
  // Paths relative to the content folder, so the plan can name files as `<content>/questions/x.md`.
  const loaded = loadContentFiles(out, out);
  const { content } = loaded;
  const categories = [...content.categories].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
  const categoryList = categories.map((entry) => `${entry.id}（${entry.data.name}）`).join('、');
  // A page of recommendations spans many subjects and names none: the editor chooses, nothing is guessed.
  if (values.category === undefined) {
    return usage(`缺少 --category：导入的问题都归入这个分类，草稿之后再逐一调整；可选 ${categoryList}`);
  }
  if (!categories.some((entry) => entry.id === values.category)) {
    console.error(`找不到分类“${values.category}”：可选的分类有 ${categoryList}`);
    return 1;
  }

  const existing: ExistingContent = {
    questions: new Map([...content.questions, ...loaded.unparsed].map((entry) => [entry.id, entry.file])),
    titles: new Map(content.questions.map((entry) => [entry.data.title, entry.file])),
    authors: new Map(
      content.authors.map((entry) => [entry.id, { name: entry.data.name, kind: entry.data.kind, file: entry.file }]),
    ),
  };
  const contentLabel = show(out);
  const plan = planImport(
    parsePage(text),
    { category: values.category, date: date.data, source: path.basename(source), lawyerId, contentLabel },
    existing,
    lawLibrary(content.laws, loaded.overrides),
  );

  const written: PlannedFile[] = [];
  const skipped = [...plan.skipped];
  for (const file of plan.files) {
    const target = path.join(out, file.path);
    // Checked again at the moment of writing: an editor may have created the file meanwhile.
    if (createFileExclusively(target, file.text)) {
      written.push(file);
      console.log(`已写入 ${show(target)}（${describe(file)}）`);
    } else skipped.push(`已存在，未覆盖：${contentLabel}/${file.path}`);
  }
  for (const line of skipped) console.log(line);
  for (const line of plan.problems) console.log(line);

  const count = (kind: PlannedFile['kind']) => written.filter((file) => file.kind === kind).length;
  console.log(
    `共写入 ${written.length} 个文件：${count('answered')} 个已答问题、${count('draft')} 个草稿、${count('lawyer')} 位律师；` +
      `${skipped.length} 个已有文件未覆盖；${plan.problems.length} 处需要人工处理`,
  );
  if (written.length === 0) {
    console.log('没有导入任何内容');
    return 1;
  }
  console.log('接下来：');
  console.log(`  1. 导入的问题都归入分类 ${values.category}：请逐一核对 category，需要时填写 tags 和 related。`);
  console.log(
    `  2. published 都是 ${date.data}，法条按这一天施行的版本核对：如果原文注明了解答日期，请改成那一天（或用 --date 重新导入）。`,
  );
  if (count('draft')) console.log('  3. 草稿（draft: true）不会发布：补写解答、确定作者后把 draft 改为 false。');
  console.log(`  ${count('draft') ? 4 : 3}. npm run check 检查，npm run dev 预览。`);
  return 0;
}

function describe(file: PlannedFile): string {
  if (file.kind === 'lawyer') return `律师 ${file.label}`;
  return file.kind === 'answered' ? `已答问题，作者 ${file.label}` : `草稿，作者 ${file.label}`;
}

function usage(message: string): number {
  console.error(`${message}\n${USAGE}`);
  return 2;
}

/** Relative to where the editor stands, unless the file lies outside it (a temporary content folder). */
function show(file: string): string {
  const relative = path.relative(process.cwd(), file);
  if (relative === '') return '.';
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative.split(path.sep).join('/');
}

process.exitCode = main();

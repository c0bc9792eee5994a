// npm run new -- "问题标题" [--category <id>] [--lawyer <id>] [--slug <slug>] [--date YYYY-MM-DD]
//
// Creates content/questions/<slug>.md as a draft that already passes `npm run check`. A missing
// category or author is asked for on a terminal; without one (a script, CI) the command stops and
// names the option to pass. Exit codes: 0 created, 1 refused (unknown id, file exists), 2 usage.

import path from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { loadContentFiles } from '../src/knowledge/files.ts';
import {
  blankQuestion,
  choiceInline,
  choiceList,
  createFileExclusively,
  freeSlug,
  localIsoDate,
  pickChoice,
  questionProblems,
  renderQuestion,
  SLUG_PATTERN,
  slugify,
  fullWidthPunctuation,
  TODO,
  type Choice,
} from '../src/authoring/scaffold.ts';
import { dateField } from '../src/schemas/fields.ts';
import { settingsOrExit } from '../src/settings.ts';

const repoRoot = path.resolve(import.meta.dirname, '..');
const USAGE =
  '用法：npm run new -- "问题标题" [--category <分类 id>] [--lawyer <作者 id>] [--slug <网址>] [--date YYYY-MM-DD]';

/** Stops the command with an editor-facing message and an exit code. */
class Exit extends Error {
  readonly code: number;

  constructor(code: number, message: string) {
    super(message);
    this.code = code;
  }
}

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        category: { type: 'string' },
        lawyer: { type: 'string' },
        slug: { type: 'string' },
        date: { type: 'string' },
      },
    });
  } catch (caught) {
    throw new Exit(2, `${(caught as Error).message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  const title = fullWidthPunctuation(positionals.join(' ').trim());
  if (!title) throw new Exit(2, `缺少问题标题\n${USAGE}`);

  const date = values.date ?? localIsoDate(new Date());
  const checkedDate = dateField.safeParse(date);
  if (!checkedDate.success) throw new Exit(2, `--date: ${checkedDate.error.issues[0]!.message}`);
  if (values.slug !== undefined && !SLUG_PATTERN.test(values.slug)) {
    throw new Exit(2, `--slug: “${values.slug}”不能作网址：只能用小写字母、数字和连字符，例如 wu-zheng-jia-shi`);
  }

  const content = path.resolve(repoRoot, settingsOrExit().content);
  // Paths relative to the content folder, so messages can name files the way the editor sees them.
  const { content: loaded, unparsed } = loadContentFiles(content, content);
  const categories: Choice[] = [...loaded.categories]
    .sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id))
    .map((entry) => ({ id: entry.id, name: entry.data.name }));
  const authors: Choice[] = [...loaded.authors]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((entry) => ({ id: entry.id, name: entry.data.name }));

  const fields = [
    { option: 'category', what: '分类', choices: categories, value: values.category },
    { option: 'lawyer', what: '作者', choices: authors, value: values.lawyer },
  ] as const;
  // Everything the command line decides (ids, the slug) is checked before any question is asked, so
  // an editor never answers a prompt only to learn that the command was refused anyway.
  for (const field of fields) {
    if (field.value !== undefined && !field.choices.some((choice) => choice.id === field.value)) {
      throw new Exit(1, `找不到${field.what}“${field.value}”：可选的${field.what}有 ${choiceInline(field.choices)}`);
    }
  }

  const questionsDir = path.join(content, 'questions');
  const slugFiles = new Map<string, string>();
  for (const entry of [...loaded.questions, ...unparsed]) slugFiles.set(entry.id, entry.file);
  const aliasOwners = new Map<string, string>();
  for (const entry of loaded.questions) for (const alias of entry.data.aliases) aliasOwners.set(alias, entry.file);
  const taken = (slug: string) => slugFiles.has(slug) || aliasOwners.has(slug);

  const notes: string[] = [];
  let slug: string;
  if (values.slug !== undefined) {
    slug = values.slug;
    const existing = slugFiles.get(slug);
    if (existing) throw new Exit(1, alreadyExists(path.join(content, existing)));
    const owner = aliasOwners.get(slug);
    if (owner) {
      throw new Exit(1, `“${slug}”是 ${show(path.join(content, owner))} 的旧网址（aliases），请换一个 --slug`);
    }
  } else {
    const base = slugify(title);
    if (!base) throw new Exit(2, `无法从标题“${title}”生成网址：请用 --slug 指定，例如 --slug wu-zheng-jia-shi`);
    slug = freeSlug(base, taken);
    if (slug !== base) notes.push(`网址 ${base} 已被占用，改用 ${slug}`);
  }

  const missing = fields.filter((field) => field.value === undefined);
  if (missing.length && !process.stdin.isTTY) {
    throw new Exit(
      2,
      missing
        .map(
          (field) =>
            `缺少 --${field.option}：没有终端可以询问，请用 --${field.option} <id> 指定${field.what}，可选 ${choiceInline(field.choices)}`,
        )
        .join('\n'),
    );
  }
  const chosen: Record<string, string> = {};
  // One line reader for all prompts: its iterator buffers lines typed ahead of the next prompt.
  const prompt = missing.length ? createInterface({ input: process.stdin, terminal: false }) : undefined;
  const lines = prompt?.[Symbol.asyncIterator]();
  try {
    for (const field of fields) chosen[field.option] = field.value ?? (await ask(field.what, field.choices, lines!));
  } finally {
    prompt?.close();
  }

  const sameTitle = loaded.questions.find((entry) => entry.data.title === title);
  if (sameTitle) notes.push(`注意：${show(path.join(content, sameTitle.file))} 的标题与此相同，请确认不是重复的问题`);

  const text = renderQuestion(
    blankQuestion({ title, category: chosen.category!, lawyer: chosen.lawyer!, published: checkedDate.data }),
  );
  const problems = questionProblems(text);
  if (problems.length) throw new Exit(1, `生成的文件未通过校验，没有写入：\n${problems.join('\n')}`);

  const file = path.join(questionsDir, `${slug}.md`);
  if (!createFileExclusively(file, text)) throw new Exit(1, alreadyExists(file));

  for (const note of notes) console.log(note);
  console.log(`已创建 ${show(file)}`);
  console.log('这是一篇草稿（draft: true）：npm run dev 预览时能看到，但在改为 draft: false 之前不会发布。');
  console.log('接下来：');
  console.log(
    `  1. 把 question 和正文里的“${TODO}”换成读者的提问和解答；引用的法条同时写进 statutes，需要时填写 tags 和 related。`,
  );
  console.log('  2. npm run dev 预览，npm run check 检查格式和法条引用。');
  console.log('  3. 写完后把 draft: true 改为 draft: false，再提交。');
}

function alreadyExists(file: string): string {
  return `已存在 ${show(file)}，未覆盖：请换一个 --slug，或直接编辑这个文件`;
}

/** Asks until the editor gives a number or id from the list; Ctrl-D gives up. */
async function ask(what: string, choices: readonly Choice[], lines: AsyncIterator<string>): Promise<string> {
  if (!choices.length) throw new Exit(1, `内容目录里还没有任何${what}，无法选择`);
  console.log(`请选择${what}：\n${choiceList(choices)}`);
  for (;;) {
    process.stdout.write(`输入编号（1–${choices.length}）或 id：`);
    const line = await lines.next();
    if (line.done) throw new Exit(2, `\n已取消：没有选择${what}`);
    const choice = pickChoice(line.value, choices);
    if (choice) return choice.id;
    console.log(`没有“${line.value.trim()}”这一项，请重新输入`);
  }
}

/** Relative to where the editor stands, unless the file lies outside it (a temporary content folder). */
function show(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative.split(path.sep).join('/');
}

try {
  await main();
} catch (caught) {
  if (!(caught instanceof Exit)) throw caught;
  console.error(caught.message);
  process.exitCode = caught.code;
}

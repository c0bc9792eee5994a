// The warm-rebuild benchmark imitates an editor fixing one sentence. The change must be real (the
// cache must not be able to skip it) yet keep the question valid, so sentences with citations, law
// titles or Markdown syntax are never touched.

/** What an edit adds to the sentence it changes: a page shows it once it is rendered again. */
export const EDIT_MARK = '，这句话在基准测试中改写过';

const SKIPPED_LINE = /^\s*(#|[-*+>|]|\d+[.)]|```|<)/;
const SENTENCE = /[^。！？]+[。！？]/g;
const UNSAFE = /[《》[\]()（）*_`<>#|\\]|第[^。！？]*[条款项]/;

/**
 * Changes the first plain sentence of the answer (the body after the frontmatter); undefined when
 * the answer has no sentence that is safe to change.
 */
export function editOneSentence(markdown: string): string | undefined {
  const body = bodyStart(markdown);
  if (body === undefined) return undefined;
  let offset = body;
  for (const line of markdown.slice(body).split('\n')) {
    if (line.trim() && !SKIPPED_LINE.test(line)) {
      for (const match of line.matchAll(SENTENCE)) {
        const sentence = match[0];
        if (UNSAFE.test(sentence)) continue;
        const at = offset + match.index + sentence.length - 1;
        return markdown.slice(0, at) + EDIT_MARK + markdown.slice(at);
      }
    }
    offset += line.length + 1;
  }
  return undefined;
}

/** Index just after the closing `---` line of the frontmatter. */
function bodyStart(markdown: string): number | undefined {
  const open = /^---\r?\n/.exec(markdown);
  if (!open) return undefined;
  const close = /\r?\n---\r?\n/.exec(markdown.slice(open[0].length - 1));
  return close ? open[0].length - 1 + close.index + close[0].length : undefined;
}

/**
 * An editor's new question made from an existing file: a new title, published today (so it is the
 * newest of the site), with no update date and no old URLs of its own.
 */
export function newQuestion(markdown: string, today = new Date().toISOString().slice(0, 10)): string {
  const body = bodyStart(markdown);
  if (body === undefined) throw new Error('the question to copy has no frontmatter');
  const frontmatter = markdown
    .slice(0, body)
    .replace(/^title: .*$/m, 'title: 基准测试中新加的问题：试用期内被辞退能要求赔偿吗？')
    .replace(/^published: .*$/m, `published: ${today}`)
    .replace(/^updated: .*\n/m, '')
    .replace(/^aliases:(?: \[\])?\n(?: +- .*\n)*/m, '');
  return frontmatter + markdown.slice(body);
}

import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import type { LawLibrary } from '../laws/library.ts';
import type { QuestionEntry } from '../knowledge/model.ts';
import { answerRehypePlugins, answerRemarkPlugins } from '../plugins/answer-pipeline.ts';

export type RenderAnswer = (question: Pick<QuestionEntry, 'file' | 'body' | 'data'>) => Promise<string>;

/**
 * Astro's own Markdown processor with the answers' plugins, as `markdown.processor` would build
 * it: GitHub-flavoured Markdown, heading ids, no SmartyPants (Chinese text needs no smart quotes,
 * and it would rewrite ASCII quotes in statute names) and no syntax highlighting (answers hold no
 * code). Answers are rendered here rather than in Astro's content layer so that each is rendered
 * once per content and code (src/answers/cache.ts), in worker threads, and stays out of Astro's
 * data store.
 */
export async function createAnswerRenderer(options: {
  site: string;
  library: LawLibrary;
  /** The folder question files are named relative to, for messages. */
  root: string;
}): Promise<RenderAnswer> {
  const processor = await createMarkdownProcessor({
    syntaxHighlight: false,
    smartypants: false,
    remarkPlugins: answerRemarkPlugins({ library: () => options.library }),
    rehypePlugins: answerRehypePlugins(options.site),
  });
  return async (question) => {
    const { published, updated } = question.data;
    const result = await processor.render(question.body, {
      fileURL: pathToFileURL(path.resolve(options.root, question.file)),
      frontmatter: { published, updated },
    });
    return result.code;
  };
}

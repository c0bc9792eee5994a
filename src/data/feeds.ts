import type { QuestionEntry } from '../knowledge/model.ts';
import { atomFeed } from '../publish/feed.ts';
import { answerDate } from '../shared/dates.ts';
import { SITE_NAME, summarize } from '../shared/page-text.ts';
import { questionUrl } from '../shared/urls.ts';
import { answerHtml } from './answers.ts';
import { getCatalog } from './catalog.ts';

export const FEED_SIZE = 50;

/** An Atom feed of questions with their full answers, for the site or one category. */
export async function questionsFeed(
  site: URL,
  options: { title: string; subtitle: string; self: string; page: string; questions: QuestionEntry[] },
): Promise<Response> {
  const catalog = await getCatalog();
  const entries = await Promise.all(
    options.questions.slice(0, FEED_SIZE).map(async (question) => ({
      url: new URL(questionUrl(question.id), site).href,
      title: question.data.title,
      summary: summarize(question.data.question, 200),
      html: await answerHtml(question.id),
      published: question.data.published,
      // The date the answer speaks for: a feed reader shows it as the entry's date.
      updated: answerDate(question.data),
      author: catalog.author(question.data.lawyer).data.name,
      category: catalog.category(question.data.category).data.name,
    })),
  );
  const xml = atomFeed({
    title: `${SITE_NAME}：${options.title}`,
    subtitle: options.subtitle,
    self: new URL(options.self, site).href,
    page: new URL(options.page, site).href,
    entries,
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}

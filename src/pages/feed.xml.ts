import type { APIRoute } from 'astro';
import { questionsFeed } from '../data/feeds.ts';
import { getCatalog } from '../data/catalog.ts';
import { FEED_URL } from '../shared/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const catalog = await getCatalog();
  return questionsFeed(site!, {
    title: '最新解答',
    subtitle: '法问收录的最新法律问题解答',
    self: FEED_URL,
    page: '/',
    questions: catalog.questions,
  });
};

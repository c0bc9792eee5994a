import type { APIRoute } from 'astro';
import { questionsFeed } from '../../../data/feeds.ts';
import { getCatalog } from '../../../data/catalog.ts';
import { categoryFeedUrl, categoryUrl } from '../../../shared/urls.ts';

export async function getStaticPaths() {
  const catalog = await getCatalog();
  return catalog.categories.map((category) => ({ params: { category: category.id } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const catalog = await getCatalog();
  const category = catalog.category(params.category!);
  return questionsFeed(site!, {
    title: category.data.name,
    subtitle: category.data.description,
    self: categoryFeedUrl(category.id),
    page: categoryUrl(category.id),
    questions: catalog.questionsInCategory(category.id),
  });
};

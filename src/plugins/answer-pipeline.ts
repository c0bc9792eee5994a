import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeExternalLinks from './rehype-external-links.ts';
import remarkCitations, { type RemarkCitationsOptions } from './remark-citations.ts';
import { answerSanitizeSchema } from './sanitize-schema.ts';

/** The remark plugins every answer goes through, in order; the build and the tests share them. */
export function answerRemarkPlugins(citations: RemarkCitationsOptions): RemarkPlugins {
  return [[remarkCitations, citations]];
}

/**
 * The rehype plugins every answer goes through: raw HTML is parsed, then sanitized, then links
 * leaving the site are marked. Astro runs its own rehype-raw after these; it finds nothing left.
 */
export function answerRehypePlugins(site: string): RehypePlugins {
  return [rehypeRaw, [rehypeSanitize, answerSanitizeSchema], [rehypeExternalLinks, { site }]];
}

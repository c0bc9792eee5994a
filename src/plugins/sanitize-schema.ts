import { defaultSchema, type Schema } from 'hast-util-sanitize';

/**
 * What raw HTML may survive in an answer. Answers are written by many hands and published
 * unreviewed by a browser, so only GitHub's conservative set of harmless elements is kept: no
 * scripts, styles, frames, forms or event handlers, and links only to http(s), mailto and tel.
 */
export const answerSanitizeSchema: Schema = {
  ...defaultSchema,
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto', 'tel'] },
  attributes: {
    ...defaultSchema.attributes,
    a: [...(defaultSchema.attributes?.a ?? []), 'rel', ['className', 'external-link']],
  },
};

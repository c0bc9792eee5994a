import { defaultSchema, type Schema } from 'hast-util-sanitize';

// The first className rule for an element wins, so GitHub's own one for footnote links is folded
// into ours rather than kept beside it.
const linkAttributes = (defaultSchema.attributes?.a ?? []).filter(
  (attribute) => !(Array.isArray(attribute) && attribute[0] === 'className'),
);

/**
 * What raw HTML may survive in an answer. Answers are written by many hands and published
 * unreviewed by a browser, so only GitHub's conservative set of harmless elements is kept: no
 * scripts, styles, frames, forms or event handlers, and links only to http(s), mailto and tel.
 * The classes our own plugins add (citations, their notices, external links) are let through.
 */
export const answerSanitizeSchema: Schema = {
  ...defaultSchema,
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto', 'tel'] },
  attributes: {
    ...defaultSchema.attributes,
    a: [
      ...linkAttributes,
      'rel',
      ['className', 'data-footnote-backref', 'external-link', 'citation', 'citation-superseded'],
    ],
    span: [['className', 'citation-notice']],
  },
};

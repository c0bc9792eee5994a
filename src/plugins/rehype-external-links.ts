import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

export interface ExternalLinksOptions {
  /** The site's own origin; links there are internal even when written absolute. */
  site?: string | undefined;
}

/**
 * Marks links that leave the site: `rel="noopener noreferrer external"` so the target page gets no
 * handle on ours, and a class so readers can see that a link leaves the knowledge base.
 */
export default function rehypeExternalLinks(options: ExternalLinksOptions = {}) {
  const ownOrigin = options.site ? new URL(options.site).origin : undefined;
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'a' || typeof node.properties.href !== 'string') return;
      if (!isExternal(node.properties.href, ownOrigin)) return;
      node.properties.rel = ['noopener', 'noreferrer', 'external'];
      const classes = Array.isArray(node.properties.className) ? node.properties.className : [];
      node.properties.className = [...classes, 'external-link'];
    });
  };
}

function isExternal(href: string, ownOrigin: string | undefined): boolean {
  if (!/^[a-z][a-z0-9+.-]*:/i.test(href) && !href.startsWith('//')) return false;
  try {
    const url = new URL(href, ownOrigin ?? 'https://invalid.invalid');
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin !== ownOrigin : true;
  } catch {
    return true;
  }
}

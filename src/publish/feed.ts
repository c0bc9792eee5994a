import type { IsoDate } from '../shared/dates.ts';

export interface FeedEntry {
  /** Absolute URL of the page. */
  url: string;
  title: string;
  summary: string;
  /** Sanitized HTML of the answer; relative links are made absolute here. */
  html: string;
  published: IsoDate;
  updated: IsoDate;
  author: string;
  category: string;
}

export interface Feed {
  title: string;
  subtitle: string;
  /** Absolute URL of the feed itself and of the page it follows. */
  self: string;
  page: string;
  entries: FeedEntry[];
}

const escapeXml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

// XML 1.0 forbids most control characters; an answer containing one must not break the feed.
const stripInvalidXml = (text: string) => text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');

/** Feed readers show entries away from the site, so every link and image must be absolute. */
export function absolutizeUrls(html: string, base: string): string {
  return html.replace(
    /\s(href|src)="(\/[^"]*)"/g,
    (_, attribute: string, url: string) => ` ${attribute}="${new URL(url, base).href}"`,
  );
}

const atomDate = (date: IsoDate) => `${date}T00:00:00Z`;

/**
 * An Atom feed. Its `updated` is the newest entry's own date, never the build time, so an unchanged
 * site produces a byte-identical feed.
 */
export function atomFeed(feed: Feed): string {
  const updated = feed.entries.reduce(
    (newest, entry) => (entry.updated > newest ? entry.updated : newest),
    '1970-01-01',
  );
  const entries = feed.entries.map((entry) =>
    [
      '  <entry>',
      `    <title>${escapeXml(entry.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(entry.url)}"/>`,
      `    <id>${escapeXml(entry.url)}</id>`,
      `    <published>${atomDate(entry.published)}</published>`,
      `    <updated>${atomDate(entry.updated)}</updated>`,
      `    <author><name>${escapeXml(entry.author)}</name></author>`,
      `    <category term="${escapeXml(entry.category)}"/>`,
      `    <summary>${escapeXml(stripInvalidXml(entry.summary))}</summary>`,
      `    <content type="html">${escapeXml(stripInvalidXml(absolutizeUrls(entry.html, entry.url)))}</content>`,
      '  </entry>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <subtitle>${escapeXml(feed.subtitle)}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.page)}"/>`,
    `  <id>${escapeXml(feed.page)}</id>`,
    `  <updated>${atomDate(updated)}</updated>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

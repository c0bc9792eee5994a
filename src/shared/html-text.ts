const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe to place in HTML, as element content or as a quoted attribute value. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Text with HTML character references (&amp;, &#21830;, &#x5546;) turned back into characters. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isNaN(code) ? entity : String.fromCodePoint(code);
    }
    return NAMED[body.toLowerCase()] ?? entity;
  });
}

// Closing these starts a new paragraph of text.
const BLOCK_END = /<\/(?:p|li|h[1-6]|blockquote|tr|div|section|ul|ol|table)>/gi;

/**
 * The readable text of rendered HTML (our own sanitized answer HTML), paragraphs kept apart by
 * blank lines. It is what readers see, so it serves as the answer text of structured data.
 */
export function htmlToText(html: string): string {
  return decodeEntities(
    html
      .replace(BLOCK_END, '\n\n')
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<[^>]*>/g, ''),
  )
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.replace(/[ \t]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

// Blanks out the parts of a Markdown text where a citation must never be found (code, links and
// their targets, images, raw HTML), keeping every other character, and every line break, where it
// was. Citations found in the result therefore carry the line and column they have in the file.
// It reads only what answers contain; the remark pipeline remains the authority when rendering.

const PATTERNS = [
  /^(```|~~~)[^\n]*\n[\s\S]*?(?:\n\1[^\n]*(?=\n|$)|$)/gm, // fenced code blocks
  /(`+)[^`]*?\1/g, // code spans
  /!?\[[^\]\n]*\]\([^)\n]*\)/g, // links and images with their targets
  /!?\[[^\]\n]*\]\[[^\]\n]*\]/g, // reference links
  /^\s{0,3}\[[^\]\n]+\]:[^\n]*/gm, // link definitions
  /<(?:https?:|mailto:)[^>\s]*>/g, // autolinks
  /<\/?[a-zA-Z][^>\n]*>|<!--[\s\S]*?-->/g, // raw HTML
];

export function maskMarkdown(markdown: string): string {
  let masked = markdown;
  for (const pattern of PATTERNS) masked = masked.replace(pattern, (span) => span.replace(/[^\n]/g, ' '));
  return masked;
}

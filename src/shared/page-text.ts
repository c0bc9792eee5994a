/** Site-wide constants shown to readers. */
export const SITE_NAME = '法问';
// Most answers may come from the editorial team, so the tagline promises answers, not lawyers.
export const SITE_TAGLINE = '常见法律问题解答';
export const SITE_DESCRIPTION = '法问：常见法律问题的解答与相关法律条文，帮助普通人读懂自己的权利和义务。';

/** `问题标题 - 法问`; the home page carries the site name alone. */
export function pageTitle(title?: string): string {
  return title ? `${title} - ${SITE_NAME}` : `${SITE_NAME}：${SITE_TAGLINE}`;
}

/** A description fit for a meta tag: whitespace folded, cut on a character boundary with an ellipsis. */
export function summarize(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length <= max ? flat : `${chars.slice(0, max - 1).join('')}…`;
}

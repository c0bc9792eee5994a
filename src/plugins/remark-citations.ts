import type { Link, PhrasingContent, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { citationsInTree, type TextCitation } from '../citations/find.ts';
import type { Citation } from '../citations/resolve.ts';
import { formatDate, toIsoDate } from '../shared/dates.ts';
import type { LawLibrary } from '../laws/library.ts';
import { CHANGE_NAMES } from '../laws/article-change.ts';
import { isCurrent } from '../laws/versions.ts';
import { articleUrl, lawUrl } from '../shared/urls.ts';

export interface RemarkCitationsOptions {
  /** Called once per document; the library is built once per build by the caller. */
  library: () => LawLibrary;
}

// A date later than any version, so an answer without one is read against today's texts.
const UNDATED = '9999-12-31';

/**
 * Links statute citations in an answer to their article pages, as of the answer's date
 * (`updated`, else `published`). The text is never rewritten, only wrapped; when a later version of
 * the law is in force, a short notice after the citation says where the content lives now.
 * A citation of an article the version does not have fails the file with its line and column.
 */
export default function remarkCitations(options: RemarkCitationsOptions) {
  return (tree: Root, file: VFile) => {
    const frontmatter = (file.data.astro as { frontmatter?: Record<string, unknown> } | undefined)?.frontmatter ?? {};
    const date = toIsoDate(frontmatter.updated) ?? toIsoDate(frontmatter.published) ?? UNDATED;
    const byNode = new Map<Text, TextCitation[]>();
    for (const found of citationsInTree(tree, options.library(), date)) {
      if (found.resolution && !found.resolution.ok) {
        file.fail(`${file.path}:${found.line}:${found.column}: 正文: ${found.resolution.message}`, {
          place: { line: found.line, column: found.column },
          ruleId: 'citation',
          source: 'remark-citations',
        });
      }
      byNode.set(found.node, [...(byNode.get(found.node) ?? []), found]);
    }
    visit(tree, 'text', (node, index, parent) => {
      const citations = byNode.get(node);
      if (!citations || !parent || index === undefined) return;
      const replacement = wrap(node.value, citations);
      parent.children.splice(index, 1, ...replacement);
      return index + replacement.length;
    });
  };
}

function wrap(value: string, citations: TextCitation[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let cursor = 0;
  for (const { match, resolution } of citations) {
    if (!resolution?.ok) continue;
    if (match.start > cursor) out.push({ type: 'text', value: value.slice(cursor, match.start) });
    out.push(citationLink(value.slice(match.start, match.end), resolution.citation));
    if (resolution.citation.change) out.push(supersededNotice(resolution.citation));
    cursor = match.end;
  }
  if (cursor < value.length) out.push({ type: 'text', value: value.slice(cursor) });
  return out;
}

function citationLink(text: string, citation: Citation): Link {
  const current = isCurrent(citation.law, citation.version);
  return {
    type: 'link',
    url: articleUrl(citation.lawId, { effectiveFrom: citation.version.effectiveFrom, current }, citation.article.id),
    children: [{ type: 'text', value: text }],
    data: { hProperties: { className: current ? ['citation'] : ['citation', 'citation-superseded'] } },
  };
}

/** （该法已于2025年10月15日修订，现为第十条，内容未变） with the new article linked. */
function supersededNotice(citation: Citation): PhrasingContent {
  const change = citation.change!;
  const { successor } = change;
  const changed = formatDate(citation.version.effectiveTo ?? successor.version.effectiveFrom);
  // Whether the words still state the law: 内容未变, 内容有修改 or 已合并 (a deleted article says so already).
  const kind = change.kind !== 'deleted' ? `，${CHANGE_NAMES[change.kind]}` : '';
  const now: PhrasingContent = successor.article
    ? {
        type: 'link',
        url: articleUrl(
          citation.lawId,
          { effectiveFrom: successor.version.effectiveFrom, current: true },
          successor.article.id,
        ),
        children: [{ type: 'text', value: `现为${successor.article.label}` }],
      }
    : {
        type: 'link',
        url: lawUrl(citation.lawId, { effectiveFrom: successor.version.effectiveFrom, current: true }),
        children: [{ type: 'text', value: '现行文本中没有对应条文' }],
      };
  return {
    type: 'emphasis',
    data: { hName: 'span', hProperties: { className: ['citation-notice'] } },
    children: [{ type: 'text', value: `（该法已于${changed}修订，` }, now, { type: 'text', value: `${kind}）` }],
  };
}

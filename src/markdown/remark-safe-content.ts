/**
 * Keeps claim explanations to safe Markdown: links must be http(s), mailto: or site-relative,
 * images only paths on this site (a remote image would tell a third party of every visit to a
 * claim page, and the site's Content-Security-Policy would block it anyway), and MDX code
 * (imports, exports, `{expressions}`, components) is refused, because editor input is rendered
 * as text and never executed.
 * Problems are positioned messages on the file; `explanation.ts` collects them all, for the
 * checker and the build alike.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

export const RULE_SOURCE = 'factcheck';

/**
 * http(s) with `//` (`https:example.org` parses as a URL, but is no address anyone means),
 * mailto: (GFM turns a written e-mail address into one), a path on this site, or a fragment.
 * Anything else (javascript:, data:, protocol-relative) is refused.
 */
export function isSafeHref(url: string): boolean {
  const trimmed = url.trim();
  if (trimmed.startsWith('#') || (trimmed.startsWith('/') && !trimmed.startsWith('//'))) return true;
  if (!/^(?:https?:\/\/|mailto:)/i.test(trimmed)) return false;
  try {
    const { protocol } = new URL(trimmed);
    return protocol === 'http:' || protocol === 'https:' || protocol === 'mailto:';
  } catch {
    return false;
  }
}

/** A path on this site (not `//host/…`, which is another site). */
function isSitePath(url: string): boolean {
  const trimmed = url.trim();
  return trimmed.startsWith('/') && !trimmed.startsWith('//') && !trimmed.startsWith('/\\');
}

const MDX_CODE: Readonly<Record<string, string>> = {
  mdxjsEsm: 'import/export statement',
  mdxFlowExpression: '{expression}',
  mdxTextExpression: '{expression}',
  mdxJsxFlowElement: 'component or HTML tag',
  mdxJsxTextElement: 'component or HTML tag',
  html: 'raw HTML',
};

export default function remarkSafeContent() {
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      if (node.type === 'imageReference' || (node.type === 'image' && !isSitePath(node.url))) {
        const what = node.type === 'image' ? `image "${node.url}"` : 'reference-style image';
        const reason = `Unexpected ${what} in an explanation, expected a path on this site such as /images/chart.png`;
        file.message(reason, { place: node.position, ruleId: 'remote-image', source: RULE_SOURCE });
        return;
      }
      if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
        if (!isSafeHref(node.url)) {
          const reason = `Unexpected link "${node.url}", expected an http(s) or mailto: address or a path on this site`;
          file.message(reason, { place: node.position, ruleId: 'unsafe-url', source: RULE_SOURCE });
        }
        return;
      }
      const kind = MDX_CODE[node.type];
      if (kind) {
        const reason = `Unexpected ${kind} in an explanation, expected plain Markdown (text, emphasis, lists, links)`;
        file.message(reason, { place: node.position, ruleId: 'mdx-code', source: RULE_SOURCE });
        return 'skip';
      }
      return undefined;
    });
  };
}

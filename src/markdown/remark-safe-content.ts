/**
 * Keeps claim explanations to safe Markdown: links and images must be http(s) or
 * site-relative, and MDX code (imports, exports, `{expressions}`, components) is refused,
 * because editor input is rendered as text and never executed.
 * Problems are positioned messages; the build stops at the first one (the checker
 * reads them all).
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

export interface SafeContentOptions {
  /** Throw at the end of the pass when a problem was found (the build); the checker collects instead. */
  readonly fatal?: boolean;
}

export const RULE_SOURCE = 'factcheck';

/** http(s), a path on this site, or a fragment: anything else (javascript:, data:, mailto:) is refused. */
export function isSafeHref(url: string): boolean {
  const trimmed = url.trim();
  if (trimmed.startsWith('#') || (trimmed.startsWith('/') && !trimmed.startsWith('//'))) return true;
  try {
    const { protocol } = new URL(trimmed);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

const MDX_CODE: Readonly<Record<string, string>> = {
  mdxjsEsm: 'import/export statement',
  mdxFlowExpression: '{expression}',
  mdxTextExpression: '{expression}',
  mdxJsxFlowElement: 'component or HTML tag',
  mdxJsxTextElement: 'component or HTML tag',
  html: 'raw HTML',
};

export default function remarkSafeContent(options: SafeContentOptions = {}) {
  return (tree: Root, file: VFile) => {
    const found: ReturnType<VFile['message']>[] = [];
    visit(tree, (node) => {
      if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
        if (!isSafeHref(node.url)) {
          found.push(file.message(`Unsafe link "${node.url}": only http(s) or site-relative links are allowed`, { place: node.position, ruleId: 'unsafe-url', source: RULE_SOURCE }));
        }
        return;
      }
      const kind = MDX_CODE[node.type];
      if (kind) {
        found.push(file.message(`Unexpected ${kind} in an explanation: write plain Markdown (text, emphasis, lists, links)`, { place: node.position, ruleId: 'mdx-code', source: RULE_SOURCE }));
        return 'skip';
      }
      return undefined;
    });
    const first = found[0];
    if (options.fatal && first) {
      first.fatal = true;
      throw first;
    }
  };
}

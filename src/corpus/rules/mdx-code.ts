import { reportExplanationMessages } from './explanation-messages.ts';
import type { Rule } from './rule.ts';

/** Found by `markdown/remark-safe-content.ts`, the plugin that decides for the check and the build alike. */
export const mdxCode = {
  id: 'mdx-code',
  severity: 'error',
  meaning: 'code in an explanation: `{expressions}`, imports, components or HTML tags',
  fix: 'Write plain Markdown; escape the characters as \\{ \\} and \\< when you mean them as text.',
  checks: { markdown: (text, report) => reportExplanationMessages(text, 'mdx-code', report) },
} as const satisfies Rule;

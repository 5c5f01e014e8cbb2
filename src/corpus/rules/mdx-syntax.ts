import { reportExplanationMessages } from './explanation-messages.ts';
import type { Rule } from './rule.ts';

export const mdxSyntax = {
  id: 'mdx-syntax',
  severity: 'error',
  meaning: 'an explanation that does not parse (an unclosed tag or brace)',
  fix: 'Close the tag or brace; write { as \\{ and < as \\< when you mean the character.',
  checks: { markdown: (text, report) => reportExplanationMessages(text, 'mdx-syntax', report) },
} as const satisfies Rule;

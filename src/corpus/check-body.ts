import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import remarkSafeContent, { RULE_SOURCE } from '../markdown/remark-safe-content.ts';
import type { Problem } from './problems.ts';

const toProblem = (message: VFileMessage, file: string, lineOffset: number, fallbackRule: string): Problem => ({
  file,
  line: (message.line ?? 1) + lineOffset,
  column: message.column ?? 1,
  severity: 'error',
  message: message.reason.split('\n')[0] ?? message.reason,
  hint: message.ruleId === 'unsafe-url'
    ? 'Use an https:// address, or a path on this site such as /claims/<id>/.'
    : message.ruleId === 'mdx-code'
      ? 'Remove the code; curly braces and angle brackets in text can be escaped as \\{ \\} and \\<.'
      : 'Check for unclosed tags or braces; write { as \\{ and < as \\< when you mean the character.',
  ruleId: message.source === RULE_SOURCE && message.ruleId ? message.ruleId : fallbackRule,
});

// Parsing (not compiling) is enough to find MDX syntax errors, and is several times faster.
const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkSafeContent, {});
const mdParser = unified().use(remarkParse).use(remarkSafeContent, {});

/** Parses an explanation as MDX to find syntax errors and unsafe content, at file positions. */
export async function checkBody(body: string, context: { file: string; lineOffset: number }): Promise<Problem[]> {
  const { file, lineOffset } = context;
  if (body.trim() === '') {
    return [{ file, line: lineOffset + 1, column: 1, severity: 'error', message: 'Missing explanation: the body after the frontmatter is empty', hint: 'Explain what the article says, what the evidence says and why this verdict.', ruleId: 'missing-explanation' }];
  }
  const vfile = new VFile({ path: file, value: body });
  try {
    const parser = file.endsWith('.md') ? mdParser : mdxParser;
    await parser.run(parser.parse(vfile), vfile);
  } catch (error) {
    return [toProblem(error as VFileMessage, file, lineOffset, 'mdx-syntax')];
  }
  return vfile.messages.map((message) => toProblem(message, file, lineOffset, 'mdx-syntax'));
}

/**
 * A claim's explanation, checked (and, for the build, rendered) in the one pass of
 * `markdown/explanation.ts`, what it says turned into problems at the file's positions by the Markdown rules.
 */
import type { ExplanationCache } from '../markdown/explanation-cache.ts';
import { processExplanation } from '../markdown/explanation.ts';
import type { Problem } from './problem.ts';
import { MARKDOWN_RULES } from './rules.ts';
import { runRules } from './rules/runner.ts';

export interface CheckedBody {
  /** When rendering was asked for and the body is accepted. */
  readonly html: string | undefined;
  readonly problems: Problem[];
}

/**
 * Checks an explanation, and renders it with `render`; `bodyLine` is where the body starts in the file. With a
 * `cache` (the build), an explanation accepted and rendered before from the same input is taken from it.
 */
export async function checkBody(
  body: string,
  context: { file: string; bodyLine: number; render?: boolean; cache?: ExplanationCache | undefined },
): Promise<CheckedBody> {
  const { file, bodyLine, render = false, cache } = context;
  const text = { kind: 'explanation', file, text: body, firstLine: bodyLine } as const;
  if (body.trim() === '')
    return { html: undefined, problems: runRules(MARKDOWN_RULES, 'markdown', { ...text, messages: [] }) };
  const cached = render ? cache?.get({ body, file, bodyLine }) : undefined;
  if (cached !== undefined) return { html: cached, problems: [] };
  const { html, messages } = await processExplanation(body, { file, bodyLine, render });
  if (render && html !== undefined && messages.length === 0) cache?.set({ body, file, bodyLine }, html);
  return { html, problems: runRules(MARKDOWN_RULES, 'markdown', { ...text, messages }) };
}

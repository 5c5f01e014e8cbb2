/**
 * A claim's explanation, checked (and, for the build, rendered) in the one pass of
 * `markdown/explanation.ts`, its messages turned into problems at the file's positions.
 */
import type { VFileMessage } from 'vfile-message';
import type { ExplanationCache } from '../markdown/explanation-cache.ts';
import { processExplanation } from '../markdown/explanation.ts';
import { RULE_SOURCE } from '../markdown/remark-safe-content.ts';
import { createProblem, type Place, type Problem } from './problems.ts';

const placeOf = (message: VFileMessage): Place => {
  const place = message.place;
  if (place && 'start' in place) return { ...place.start, end: place.end };
  return { line: place?.line ?? message.line ?? 1, column: place?.column ?? message.column ?? 1 };
};

const OWN_RULES = new Set(['unsafe-url', 'mdx-code', 'remote-image'] as const);
type OwnRule = typeof OWN_RULES extends Set<infer T> ? T : never;

function toProblem(message: VFileMessage, file: string): Problem {
  const own = message.source === RULE_SOURCE && OWN_RULES.has(message.ruleId as OwnRule);
  const ruleId = own ? (message.ruleId as OwnRule) : 'mdx-syntax';
  // micromark's reasons may run on with a second line of advice for MDX authors in general.
  const reason = message.reason.split('\n')[0] ?? message.reason;
  return createProblem(ruleId, file, placeOf(message), reason);
}

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
  if (body.trim() === '') {
    const reason = 'Missing explanation after the frontmatter';
    const problem = createProblem('missing-explanation', file, { line: bodyLine, column: 1 }, reason);
    return { html: undefined, problems: [problem] };
  }
  const cached = render ? cache?.get({ body, file, bodyLine }) : undefined;
  if (cached !== undefined) return { html: cached, problems: [] };
  const { html, messages } = await processExplanation(body, { file, bodyLine, render });
  if (render && html !== undefined && messages.length === 0) cache?.set({ body, file, bodyLine }, html);
  return { html, problems: messages.map((message) => toProblem(message, file)) };
}

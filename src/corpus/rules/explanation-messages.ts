/**
 * An explanation's messages, as the one pass of `markdown/explanation.ts` leaves them: the safety plugin's carry
 * their rule's id (`markdown/remark-safe-content.ts`), every other is the parser's, an MDX syntax error.
 */
import type { VFileMessage } from 'vfile-message';
import { RULE_SOURCE } from '../../markdown/remark-safe-content.ts';
import type { Place } from '../problem.ts';
import type { MarkdownText, Report } from './rule.ts';

const SAFETY_RULES: ReadonlySet<string> = new Set(['unsafe-url', 'mdx-code', 'remote-image']);

const placeOf = (message: VFileMessage): Place => {
  const place = message.place;
  if (place && 'start' in place) return { ...place.start, end: place.end };
  return { line: place?.line ?? message.line ?? 1, column: place?.column ?? message.column ?? 1 };
};

const ruleOf = (message: VFileMessage) =>
  message.source === RULE_SOURCE && SAFETY_RULES.has(message.ruleId ?? '') ? message.ruleId : 'mdx-syntax';

/** Reports each message of an explanation that belongs to the rule `ruleId`. */
export function reportExplanationMessages(text: MarkdownText, ruleId: string, report: Report): void {
  if (text.kind !== 'explanation') return;
  for (const message of text.messages) {
    if (ruleOf(message) !== ruleId) continue;
    // micromark's reasons may run on with a second line of advice for MDX authors in general.
    report(text.file, placeOf(message), message.reason.split('\n')[0] ?? message.reason);
  }
}

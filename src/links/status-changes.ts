/**
 * Whether a new `link-status.json` holds anything an editor must look at. Every weekly check gives every entry a
 * new `checkedAt`; a pull request that changes nothing else asks a person to review nothing.
 */
import type { LinkEntry } from './model.ts';

/** The entries without their check dates, in URL order, as one comparable string. */
function withoutCheckDates(text: string | undefined): string | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const entries = JSON.parse(text) as LinkEntry[];
  return JSON.stringify(
    entries
      .map(({ checkedAt: _checkedAt, ...rest }) => rest)
      .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0)),
  );
}

/** True when `after` differs from `before` (the committed file, or undefined when there is none) in more than dates. */
export function linkStatusChanged(before: string | undefined, after: string): boolean {
  return withoutCheckDates(before) !== withoutCheckDates(after);
}

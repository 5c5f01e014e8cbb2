/**
 * `content/link-status.json` against the content: an entry for a URL that no source, citation
 * or explanation uses any more is left over from an earlier check (the URL was corrected or
 * the citation removed) and would keep reporting a link nobody relies on.
 */
import type { LinkStatusEntry } from '../schemas/link-status.ts';
import { createProblem, type Problem } from './problems.ts';
import type { Located } from './yaml-document.ts';

export function checkLinkStatusStale(
  file: string,
  entries: readonly LinkStatusEntry[],
  used: ReadonlySet<string>,
  placeOf: (entry: LinkStatusEntry) => Located,
): Problem[] {
  return entries.flatMap((entry) => {
    if (used.has(entry.url)) return [];
    const reason =
      `Unexpected link status entry for "${entry.url}", which no source, citation or explanation uses any more, ` +
      'expected entries only for URLs in the content';
    const hint = 'Run `npm run links -- --write` to check the links again, or remove the entry.';
    return [createProblem('link-status-stale', file, placeOf(entry), reason, { hint })];
  });
}

/**
 * "Updated <date>" at the top of a changed check and in its note beside the article, so a reader who saw the
 * check before learns it changed without scrolling to its history; with the earlier verdict when the latest
 * change of verdict left a different one in place.
 */
import type { Verdict } from '../domain/verdicts.ts';
import { paths } from '../domain/site-paths.ts';

export interface UpdateMark {
  /** When the check last changed (its latest correction, else `updated`). */
  readonly date: string;
  /** The verdict the latest change of verdict replaced, where it differs from the current one. */
  readonly earlierVerdict?: Verdict | undefined;
  /** The claim page's list of changes (a path without the base), where the check lists any. */
  readonly historyPath?: string | undefined;
}

/** The mark for a check last changed on `updatedLater`, or `undefined` for a check unchanged since publication. */
export function updateMarkOf(input: {
  readonly id: string;
  readonly verdict: Verdict;
  readonly updatedLater: string | undefined;
  /** The check's history (`HistoryEntry` in people.ts), newest first: only each change's earlier verdict is read. */
  readonly history: readonly { readonly previousVerdict?: Verdict | undefined }[];
}): UpdateMark | undefined {
  if (!input.updatedLater) return undefined;
  const earlier = input.history.find((entry) => entry.previousVerdict)?.previousVerdict;
  return {
    date: input.updatedLater,
    earlierVerdict: earlier && earlier.id !== input.verdict.id ? earlier : undefined,
    historyPath: input.history.length > 0 ? `${paths.claim(input.id)}#history-title` : undefined,
  };
}

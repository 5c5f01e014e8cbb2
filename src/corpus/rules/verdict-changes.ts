/**
 * Silent verdict changes: each published claim's verdict against the previous build's `/data/claims.json`. A
 * verdict that differs needs a `corrections` entry, dated on or after the snapshot's `updated`, naming the old one.
 */
import type { ClaimFields } from '../claim-fields.ts';
import type { CorpusRead, PreviousClaim } from './rule.ts';

export interface VerdictChange {
  readonly claim: ClaimFields;
  readonly before: PreviousClaim;
  readonly verdict: string;
  /** The snapshot's date of the claim: an entry recording the change is dated on or after it. */
  readonly since: string;
  /** The first entry since then that changed nothing it names (no `previousVerdict`), if any. */
  readonly unnamed: number | undefined;
}

/** Each published claim whose verdict changed since the snapshot without an entry naming the earlier verdict. */
export function unrecordedVerdictChanges(corpus: CorpusRead): VerdictChange[] {
  const previous = corpus.previous?.claims;
  if (!previous) return [];
  return corpus.claims.flatMap((claim) => {
    const { id, fields, draft } = claim;
    const before = previous.get(id);
    const verdict = fields.verdict;
    if (draft || !before || !verdict || before.verdict === verdict || !fields.corrections) return [];
    const since = before.updated ?? before.published ?? '';
    const entries = fields.corrections
      .map((entry, index) => ({ entry, index }))
      .filter(({ entry }) => entry.date >= since && entry.kind !== 'clarification');
    if (entries.some(({ entry }) => entry.previousVerdict === before.verdict)) return [];
    const unnamed = entries.find(({ entry }) => entry.previousVerdict === undefined)?.index;
    return [{ claim, before, verdict, since, unnamed }];
  });
}

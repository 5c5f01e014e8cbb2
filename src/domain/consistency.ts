/**
 * Related claims (linked through `related`, in either direction) that carry different verdicts: where
 * similar statements were rated differently, an editor checks the difference is deliberate and readers
 * see why. Used by `npm run check -- --consistency` and the transparency page. Verdicts are compared by id,
 * so the pairs are the same whatever a site's scale names its verdicts.
 */

export interface RelatableClaim {
  readonly id: string;
  readonly data: { readonly verdict: string; readonly related: readonly string[] };
}

export interface InconsistentPair<T> {
  /** The claim whose id sorts first. */
  readonly a: T;
  readonly b: T;
}

/** Each pair once, ordered by the ids of `a` then `b`; links to claims not in `claims` (drafts) are ignored. */
export function inconsistentPairs<T extends RelatableClaim>(claims: readonly T[]): InconsistentPair<T>[] {
  const byId = new Map(claims.map((claim) => [claim.id, claim]));
  const pairs = new Map<string, InconsistentPair<T>>();
  for (const claim of claims) {
    for (const id of claim.data.related) {
      const other = byId.get(id);
      if (!other || other.id === claim.id || other.data.verdict === claim.data.verdict) continue;
      const [a, b] = claim.id < other.id ? [claim, other] : [other, claim];
      pairs.set(`${a.id}\n${b.id}`, { a, b });
    }
  }
  return [...pairs.values()].sort((x, y) => x.a.id.localeCompare(y.a.id) || x.b.id.localeCompare(y.b.id));
}

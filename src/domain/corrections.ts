/**
 * A claim's verdict history, from its `corrections` (oldest first): when it last changed, and which
 * verdict followed each entry. Plain data in, plain data out: the checker and the pages share it.
 */
/** A claim's dates, as its schema gives them: named here, since the domain imports nothing above it. */
interface Dated {
  readonly published?: string | undefined;
  readonly updated?: string | undefined;
  readonly corrections?: readonly { readonly date: string }[] | undefined;
}

/** The latest correction's date, when there are corrections. */
export function latestCorrection(data: Dated): string | undefined {
  const dates = (data.corrections ?? []).map((entry) => entry.date);
  return dates.length > 0 ? dates.reduce((a, b) => (b > a ? b : a)) : undefined;
}

/**
 * The day a claim last changed: derived from `corrections` when it has any (a hand-written `updated`
 * that differs is reported as `updated-mismatch`), else `updated`, else `published`.
 */
export function lastChanged<T extends Dated & { readonly published: string }>(data: T): string;
export function lastChanged(data: Dated): string | undefined;
export function lastChanged(data: Dated): string | undefined {
  return latestCorrection(data) ?? data.updated ?? data.published;
}

/**
 * The verdict in force after entry `index`: the `previousVerdict` of the next entry that changed the
 * verdict, or the current verdict when no later entry did.
 */
export function verdictAfter(
  corrections: readonly { readonly previousVerdict?: string | undefined }[],
  index: number,
  current: string | undefined,
): string | undefined {
  return corrections.slice(index + 1).find((entry) => entry.previousVerdict)?.previousVerdict ?? current;
}

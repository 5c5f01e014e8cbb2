/** What the byline rules read of a claim: whether it is published, its author and reviewers. */
import type { ClaimFields } from '../claim-fields.ts';

export function bylineOf({ fields, draft, written }: ClaimFields) {
  return {
    /** Published, and its frontmatter parsed (the fields written are known). */
    published: !draft && written !== undefined,
    written: written ?? new Set<string>(),
    author: fields.author,
    reviewers: fields.reviewers ?? [],
  };
}

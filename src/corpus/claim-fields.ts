import type { ClaimData } from '../schemas/claim.ts';
import type { Located } from './yaml-document.ts';

/**
 * A claim file as far as it was read: `fields` holds each field that is valid on its own, so a
 * claim with an unknown verdict still has its citation ids checked in the same run.
 */
export interface ClaimFields {
  readonly id: string;
  readonly file: string;
  readonly fields: Partial<ClaimData>;
  readonly locate: (field: PropertyKey[]) => Located;
  /** `status: draft`: only what is written is checked. */
  readonly draft?: boolean;
  /** The fields written in the frontmatter, when it parsed (undefined after a YAML error). */
  readonly written?: ReadonlySet<string>;
  /** The explanation as written (for the review fingerprint). */
  readonly body?: string;
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A value written as nothing, or only spaces (`verdict: ""`, as `npm run new` writes a draft). */
export const isBlank = (value: unknown) => value === null || (typeof value === 'string' && value.trim() === '');

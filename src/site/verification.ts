/**
 * What we know about the original today, for readers: the provenance line on a source page, the
 * page `/sources/<slug>/changes/` and the `verification` field of `/data/sources.json`, all read
 * from the source's `verification.json` (written by `npm run verify-source -- <slug> --write`).
 * Pages only render these views: grouping, counting and wording happen here.
 */
import { createHash } from 'node:crypto';
import type { Source } from '../corpus/model.ts';
import type { Verification } from '../schemas/verification.ts';
import type { ClaimView, SourceView } from './site-model.ts';
import { activeTranslator } from '../i18n/active.ts';

type ClaimStatus = Verification['claims'][number]['status'];

/** `unverified` when the source has no `verification.json`. */
export type ComparisonState = 'unverified' | Verification['status'];

/** The provenance line: what the last comparison found, in one sentence. */
export interface ComparisonLine {
  readonly state: ComparisonState;
  readonly text: string;
  /** The changes page, except for a source never compared (there is nothing to show but that). */
  readonly linked: boolean;
}

export interface ChangedPassageView {
  /** 1-based, in the order `verify-source` reported them (the order of the saved text). */
  readonly number: number;
  /** The line in `article.txt` where the saved passage starts. */
  readonly line: number;
  readonly saved: string;
  readonly original: string;
  /** Published claims whose quote overlaps the saved passage, in reading order. */
  readonly claims: readonly ClaimView[];
  /** Ids the comparison named that are no longer published claims (shown as text, never linked). */
  readonly otherClaimIds: readonly string[];
}

export interface ClaimCheckView {
  readonly id: string;
  /** The published claim, where the id still names one. */
  readonly claim?: ClaimView | undefined;
  readonly status: ClaimStatus;
  /** "unchanged", "moved", "changed (closest passage 83% the same)", "missing". */
  readonly label: string;
  /** What the status means for this claim, in a sentence. */
  readonly explanation: string;
}

export interface VerificationView {
  readonly slug: string;
  readonly sourceTitle: string;
  readonly state: ComparisonState;
  /** The date part of `checkedAt` (YYYY-MM-DD, as the site writes dates); null when never compared. */
  readonly date: string | null;
  readonly checkedAt: string | null;
  /** The original's address where it was fetched from the web; null for a local file or no comparison. */
  readonly fromUrl: string | null;
  readonly line: ComparisonLine;
  readonly passages: readonly ChangedPassageView[];
  readonly claims: readonly ClaimCheckView[];
  /** See `claimsAffected`. */
  readonly claimsAffected: number;
  /** Our saved text was edited after the comparison (its SHA-256 differs from the one recorded). */
  readonly stale: boolean;
}

/** The `verification` field of `/data/sources.json`; null when the source was never compared. */
export interface VerificationExport {
  readonly checkedAt: string;
  readonly status: Verification['status'];
  readonly changedPassages: number;
  readonly claimsAffected: number;
}

/** The date part of an ISO 8601 date-time, as written (the editor's own offset, not converted). */
export const dateOf = (checkedAt: string) => checkedAt.slice(0, 10);

/** Whole percent, never rounded up to 100 for a score below 1 (99.6% reads "99%", not "unchanged"). */
export const percent = (score: number) => `${score < 1 ? Math.min(99, Math.round(score * 100)) : 100}%`;

export function statusLabel(status: ClaimStatus, score: number | null): string {
  const t = activeTranslator();
  if (status === 'changed' && score !== null) return t('verification.status.changedScore', { percent: percent(score) });
  return t(`verification.status.${status}`);
}

/**
 * Claims the change in the original touches: every claim the comparison did not find unchanged
 * (moved, changed or missing), together with every claim a changed passage overlaps, each counted
 * once. A claim can still be found unchanged while a passage around it changed; a reader should
 * re-read it all the same, so it counts.
 */
export function claimsAffected(verification: Verification): number {
  const ids = new Set(verification.claims.filter((claim) => claim.status !== 'unchanged').map((claim) => claim.id));
  for (const change of verification.changes) for (const id of change.claims) ids.add(id);
  return ids.size;
}

export function verificationExport(source: Source): VerificationExport | null {
  const verification = source.verification;
  if (!verification) return null;
  return {
    checkedAt: verification.checkedAt,
    status: verification.status,
    changedPassages: verification.changes.length,
    claimsAffected: claimsAffected(verification),
  };
}

export function comparisonLine(source: Source): ComparisonLine {
  const verification = source.verification;
  const t = activeTranslator();
  if (!verification) return { state: 'unverified', text: t('verification.line.unverified'), linked: false };
  if (verification.status === 'identical') {
    const date = t.date(dateOf(verification.checkedAt));
    return { state: 'identical', text: t('verification.line.identical', { date }), linked: true };
  }
  const passages = t('changes.passagesDiffer', { count: verification.changes.length });
  return { state: 'changed', text: t('verification.line.changed', { passages }), linked: true };
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

export function verificationView(view: SourceView): VerificationView {
  const { source } = view;
  const verification = source.verification;
  const base = { slug: source.slug, sourceTitle: view.title, line: comparisonLine(source) };
  if (!verification)
    return {
      ...base,
      state: 'unverified',
      date: null,
      checkedAt: null,
      fromUrl: null,
      passages: [],
      claims: [],
      claimsAffected: 0,
      stale: false,
    };
  const byId = new Map(view.claims.map((claim) => [claim.id, claim]));
  const order = (id: string) => byId.get(id)?.number ?? Number.MAX_SAFE_INTEGER;
  const passages = verification.changes.map((change, index) => {
    const ids = [...new Set(change.claims)].sort((a, b) => order(a) - order(b));
    return {
      number: index + 1,
      line: change.line,
      saved: change.saved,
      original: change.original,
      claims: ids.flatMap((id) => byId.get(id) ?? []),
      otherClaimIds: ids.filter((id) => !byId.has(id)),
    };
  });
  const claims = [...verification.claims]
    .sort((a, b) => order(a.id) - order(b.id))
    .map((entry) => ({
      id: entry.id,
      claim: byId.get(entry.id),
      status: entry.status,
      label: statusLabel(entry.status, entry.score),
      explanation: activeTranslator()(`verification.explanation.${entry.status}`),
    }));
  return {
    ...base,
    state: verification.status,
    date: dateOf(verification.checkedAt),
    checkedAt: verification.checkedAt,
    fromUrl: /^https?:\/\//.test(verification.from) ? verification.from : null,
    passages,
    claims,
    claimsAffected: claimsAffected(verification),
    stale: verification.articleSha256 !== sha256(source.text),
  };
}

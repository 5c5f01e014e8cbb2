/**
 * The transparency page (`/transparency/`): how many checks we published, by verdict, per outlet,
 * per author and per reviewer; how many were corrected; and related claims rated differently.
 */
import type { Person } from '../corpus/model.ts';
import { inconsistentPairs } from '../domain/consistency.ts';
import { countByVerdict, type VerdictScale } from '../domain/scale.ts';
import type { ClaimView, SiteModel } from './site-model.ts';
import { activeTranslator } from '../i18n/active.ts';

/** One row of a "checks by verdict" table. */
export interface TransparencyRow {
  /** Stable key: the outlet's name, or a person's id (empty when not recorded). */
  readonly key: string;
  readonly label: string;
  /** The person's id where the row is a person (a checker or reviewer). */
  readonly personId?: string | undefined;
  readonly counts: Record<string, number>;
  readonly total: number;
}

/** Two related claims whose verdicts differ, first by site order. */
export interface VerdictPair {
  readonly first: ClaimView;
  readonly second: ClaimView;
}

export interface Transparency {
  readonly total: number;
  readonly byOutlet: readonly TransparencyRow[];
  readonly byAuthor: readonly TransparencyRow[];
  readonly byReviewer: readonly TransparencyRow[];
  /** Checks with at least one correction, update or clarification. */
  readonly withCorrections: number;
  /** Checks whose verdict changed after publication (a `previousVerdict` in their history). */
  readonly withVerdictChanges: number;
  readonly differingPairs: readonly VerdictPair[];
}

function rows(
  scale: VerdictScale,
  claims: readonly ClaimView[],
  keysOf: (claim: ClaimView) => readonly string[],
  labelOf: (key: string) => { label: string; personId?: string | undefined },
): TransparencyRow[] {
  const groups = new Map<string, ClaimView[]>();
  for (const claim of claims) for (const key of keysOf(claim)) groups.set(key, [...(groups.get(key) ?? []), claim]);
  return [...groups]
    .map(([key, group]) => ({
      key,
      ...labelOf(key),
      counts: countByVerdict(
        group.map((claim) => claim.verdict.id),
        scale,
      ),
      total: group.length,
    }))
    .sort((a, b) => b.total - a.total || Number(a.key === '') - Number(b.key === '') || a.label.localeCompare(b.label));
}

/**
 * Related claims whose verdicts differ, each pair once. `related` is both-way in the site model,
 * so a pair is kept from the side that comes first in site order.
 */
export function differingVerdictPairs(claims: Iterable<ClaimView>): VerdictPair[] {
  // The same pairs `npm run check -- --consistency` lists for editors, ordered by claim id.
  const relatable = [...claims].map((view) => ({ id: view.id, data: view.claim.data, view }));
  return inconsistentPairs(relatable).map(({ a, b }) => ({ first: a.view, second: b.view }));
}

export function transparency(model: Pick<SiteModel, 'claims' | 'corpus' | 'scale'>): Transparency {
  const claims = [...model.claims.values()];
  const people = new Map<string, Person>(model.corpus.people.map((person) => [person.id, person]));
  const t = activeTranslator();
  const person = (missing: string) => (id: string) =>
    id === '' ? { label: missing } : { label: people.get(id)?.data.name ?? id, personId: id };
  return {
    total: claims.length,
    byOutlet: rows(
      model.scale,
      claims,
      (claim) => [claim.source.data.outlet ?? ''],
      (key) => ({ label: key || t('transparency.outletNotRecorded') }),
    ),
    byAuthor: rows(
      model.scale,
      claims,
      (claim) => [claim.claim.data.author ?? ''],
      person(t('transparency.authorNotRecorded')),
    ),
    byReviewer: rows(
      model.scale,
      claims,
      (claim) => (claim.claim.data.reviewers.length > 0 ? claim.claim.data.reviewers : ['']),
      person(t('transparency.reviewerNotRecorded')),
    ),
    withCorrections: claims.filter((claim) => claim.claim.data.corrections.length > 0).length,
    withVerdictChanges: claims.filter((claim) => claim.claim.data.corrections.some((entry) => entry.previousVerdict))
      .length,
    differingPairs: differingVerdictPairs(claims),
  };
}

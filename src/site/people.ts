/**
 * Who checked what: the byline on each claim page ("Checked by … · Reviewed by …"), the
 * verdict history under it, and a page per person or team listing their checks (issue 13).
 */
import type { Person } from '../corpus/model.ts';
import type { Verdict, VerdictScale } from '../domain/scale.ts';
import type { ClaimData, Correction, CorrectionKind } from '../schemas/claim.ts';
import type { PersonKind } from '../schemas/person.ts';
import { authorshipText } from './authorship.ts';
import { reviewFingerprint, type Reviewed } from '../corpus/review-fingerprint.ts';
import { activeTranslator } from '../i18n/active.ts';

/** A person or team as a byline names them: enough for a link and for structured data. */
export interface PersonRef {
  readonly id: string;
  readonly name: string;
  readonly kind: PersonKind;
  /** AI software rather than people. */
  readonly ai: boolean;
}

export interface Byline {
  readonly author?: PersonRef | undefined;
  readonly reviewers: readonly PersonRef[];
  /** Whether AI software researched, wrote or reviewed the check, in a sentence (`authorshipText`). */
  readonly authorship?: string | undefined;
  /**
   * The latest recorded review (`npm run review`): its day, and whether the check is still what was reviewed
   * (its fingerprint matches); undefined where no review is recorded.
   */
  readonly review?: { readonly date: string; readonly current: boolean } | undefined;
}

export interface HistoryEntry {
  readonly date: string;
  readonly kind: CorrectionKind;
  readonly kindLabel: string;
  readonly note: string;
  /** The verdict before this change, where it changed. */
  readonly previousVerdict?: Verdict | undefined;
}

/** A person's page: `C` is the site model's claim view (site-model.ts), which this module does not need to know. */
export interface PersonView<C extends Checked = Checked> extends PersonRef {
  readonly person: Person;
  readonly kindLabel: string;
  readonly role: string;
  readonly bio: string;
  readonly url?: string | undefined;
  /** Published checks they wrote, and those they reviewed, in source and reading order. */
  readonly authored: readonly C[];
  readonly reviewed: readonly C[];
}

export const personRef = (person: Person): PersonRef => ({
  id: person.id,
  name: person.data.name,
  kind: person.data.kind,
  ai: person.data.ai,
});

/** The claim's author and reviewers as people; an id with no entry (an error the checker reports) is left out. */
export function bylineOf(
  data: Partial<Pick<ClaimData, 'author' | 'reviewers' | 'reviews'>> & Reviewed,
  people: ReadonlyMap<string, Person>,
  explanation?: string,
): Byline {
  const known = (id: string) => {
    const person = people.get(id);
    return person ? [personRef(person)] : [];
  };
  const names = {
    author: data.author ? known(data.author)[0] : undefined,
    reviewers: (data.reviewers ?? []).flatMap(known),
  };
  return { ...names, authorship: authorshipText([names]), review: latestReview(data, explanation) };
}

/** The latest review on record, and whether the check's reviewed parts are unchanged since (`review-stale`). */
function latestReview(
  data: Partial<Pick<ClaimData, 'reviews'>> & Reviewed,
  explanation: string | undefined,
): Byline['review'] {
  const reviews = data.reviews ?? [];
  if (reviews.length === 0 || explanation === undefined) return undefined;
  const latest = reviews.reduce((a, b) => (b.date >= a.date ? b : a));
  return { date: latest.date, current: latest.fingerprint === reviewFingerprint(data, explanation) };
}

/** Corrections, newest first (they are written oldest first); entries of one date keep their written order reversed. */
export function historyOf(corrections: readonly Correction[] | undefined, scale: VerdictScale): HistoryEntry[] {
  return (corrections ?? [])
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => b.entry.date.localeCompare(a.entry.date) || b.index - a.index)
    .map(({ entry }) => ({
      date: entry.date,
      kind: entry.kind,
      kindLabel: activeTranslator()(`correction.kind.${entry.kind}`),
      note: entry.note,
      previousVerdict: entry.previousVerdict ? scale.verdict(entry.previousVerdict) : undefined,
    }));
}

/** A published check, as far as a person's page needs it: who wrote and who reviewed it. */
export interface Checked {
  readonly byline: Byline;
}

export function peopleViews<C extends Checked>(people: readonly Person[], claims: readonly C[]): PersonView<C>[] {
  return people
    .map((person) => ({
      ...personRef(person),
      person,
      kindLabel: activeTranslator()(`person.kind.${person.data.kind}`),
      role: person.data.role,
      bio: person.data.bio,
      url: person.data.url,
      authored: claims.filter((view) => view.byline.author?.id === person.id),
      reviewed: claims.filter((view) => view.byline.reviewers.some((reviewer) => reviewer.id === person.id)),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en') || a.id.localeCompare(b.id));
}

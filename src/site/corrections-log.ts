/**
 * The corrections log (`/corrections/`, `/corrections.xml`): every correction, update and
 * clarification on a published claim, newest first, with the verdict before and after it.
 */
import { feedDescription } from './feed-text.ts';
import type { RSSFeedItem } from '@astrojs/rss';
import type { Verdict, VerdictScale } from '../domain/scale.ts';
import { activeScale } from './active-scale.ts';
import type { CorrectionKind } from '../schemas/claim.ts';
import type { ClaimView } from './site-model.ts';
import { absoluteUrl, paths } from './urls.ts';
import { activeTranslator } from '../i18n/active.ts';

export interface CorrectionEntry {
  readonly claim: ClaimView;
  /** Position in the claim's `corrections` list (oldest first), for a stable anchor: `correction-<claim-id>-1`. */
  readonly index: number;
  /** An id unique across the log, for fragment links and feed guids. */
  readonly anchor: string;
  readonly date: string;
  readonly kind: CorrectionKind;
  readonly kindLabel: string;
  readonly note: string;
  /** The verdict just before this change. */
  readonly before: Verdict;
  /** The verdict this change left in place (the next change's `previousVerdict`, or the current verdict). */
  readonly after: Verdict;
  readonly verdictChanged: boolean;
}

/**
 * The entries of one claim, oldest first. Walking back from the current verdict, each entry's
 * `previousVerdict` is what stood before it; an entry without one left the verdict as it was.
 */
export function claimCorrections(claim: ClaimView, scale: VerdictScale = activeScale()): CorrectionEntry[] {
  const corrections = claim.claim.data.corrections;
  const entries: CorrectionEntry[] = [];
  let after = claim.verdict;
  for (let index = corrections.length - 1; index >= 0; index--) {
    const correction = corrections[index]!;
    const before = correction.previousVerdict ? scale.verdict(correction.previousVerdict) : after;
    entries.push({
      claim,
      index: index + 1,
      anchor: `correction-${claim.id}-${index + 1}`,
      date: correction.date,
      kind: correction.kind,
      kindLabel: activeTranslator()(`correction.kind.${correction.kind}`),
      note: correction.note,
      before,
      after,
      verdictChanged: before.id !== after.id,
    });
    after = before;
  }
  return entries.reverse();
}

/** Every entry across the site, newest first; on one date, by claim id, then latest entry first. */
export function correctionsLog(claims: Iterable<ClaimView>, scale: VerdictScale = activeScale()): CorrectionEntry[] {
  return [...claims]
    .flatMap((claim) => claimCorrections(claim, scale))
    .sort((a, b) => b.date.localeCompare(a.date) || a.claim.id.localeCompare(b.claim.id) || b.index - a.index);
}

/** "Misleading → False", or "False (unchanged)". */
export function verdictChangeText(entry: CorrectionEntry): string {
  const t = activeTranslator();
  return entry.verdictChanged
    ? t('feed.verdictChanged', { before: entry.before.label, after: entry.after.label })
    : t('feed.verdictUnchanged', { verdict: entry.after.label });
}

const claimUrl = (entry: CorrectionEntry) => absoluteUrl(paths.claim(entry.claim.id));

/**
 * `/corrections.xml`: one item per entry, dated by the entry. @astrojs/rss makes an item's link its
 * guid, and a claim may have several entries, so each item links to its own entry in the log
 * (which links to the claim) and names the claim's page in the description.
 */
export function correctionFeedItems(entries: readonly CorrectionEntry[]): RSSFeedItem[] {
  return entries.map((entry) => ({
    title: `${entry.kindLabel}: ${entry.claim.shortQuoteShown} (${verdictChangeText(entry)})`,
    link: absoluteUrl(`${paths.corrections()}#${entry.anchor}`),
    pubDate: new Date(`${entry.date}T00:00:00Z`),
    description: feedDescription(
      activeTranslator()('feed.correction', {
        note: entry.note,
        verdict: verdictChangeText(entry),
        url: claimUrl(entry),
      }),
    ),
    categories: [entry.kindLabel],
  }));
}

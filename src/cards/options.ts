/**
 * What share cards take from the site, handed in by the integration (src/integration/factcheck.ts) rather than read
 * from the environment: where to keep them, whose name they carry, and the verdict scale they are drawn for.
 */
import { DEFAULT_SCALE } from '../domain/scale.ts';

/** What a card shows of a verdict: its badge (icon and label, in its colour) and the accent bar down its edge. */
export interface CardVerdict {
  readonly id: string;
  readonly label: string;
  readonly icon: string;
  readonly color: { readonly light: string };
}

/** The site a card speaks for: "Checked by <name>" on every card, name and description on the site card. */
export interface CardSite {
  readonly name: string;
  readonly description: string;
}

export interface CardOptions {
  /** Astro's `cacheDir`: cards are kept in its `share-cards` folder between builds, beside the explanations. */
  readonly cacheDir: string;
  readonly site: CardSite;
  /** The scale claims are rated on; default `DEFAULT_CARD_VERDICTS`. */
  readonly verdicts?: readonly CardVerdict[] | undefined;
  /** Where a build says that it draws its cards the slow way (Astro's integration logger). */
  readonly logger?: { warn(message: string): void } | undefined;
}

/** Today's scale (src/domain/verdicts.ts), until the site configures its own. */
export const DEFAULT_CARD_VERDICTS: readonly CardVerdict[] = DEFAULT_SCALE.verdicts;

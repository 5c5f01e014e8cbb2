/**
 * Share cards: the image a link preview shows (Open Graph, Twitter), drawn at build time
 * from the same view model as the page: the quote, its verdict badge and the source.
 * `cardTree` is a plain element tree (testable without rendering, and cheap to send to a
 * worker thread); `card-render.ts` turns it into a PNG.
 */
import { VERDICTS, type Verdict } from '../domain/verdicts.ts';
import { CARD_SIZE } from './card-size.ts';
import type { Corpus, Source } from '../corpus/model.ts';
import { isDraft } from './drafts.ts';
import { sourceTitle, type ClaimView } from './site-model.ts';
import { quoteForDisplay } from '../domain/quote-text.ts';
import type { SiteIdentity } from './site-identity.ts';
import { truncate } from './text.ts';
import { CARD_COLORS, type CardElement } from './card-element.ts';

export type { CardElement } from './card-element.ts';
/** What a card says about the site: the build hands it the site's options. */
export type CardSite = Pick<SiteIdentity, 'name' | 'description'>;
const ACCENT_WIDTH = 24;
const PADDING = { top: 52, right: 72, bottom: 44, left: 64 } as const;
/** Width left for text inside the accent bar and the margins. */
const INNER_WIDTH = CARD_SIZE.width - ACCENT_WIDTH - PADDING.left - PADDING.right;
/** Longest quote shown whole; longer ones end in an ellipsis at a word boundary. */
export const MAX_QUOTE_CHARS = 260;

const el = (
  type: string,
  style: Record<string, string | number>,
  children?: CardElement['props']['children'],
): CardElement => ({
  type,
  props: { style, ...(children === undefined ? {} : { children }) },
});

/** Bigger type for short quotes, so every card is filled and none overflows. */
function quoteFontSize(length: number): number {
  if (length <= 70) return 56;
  if (length <= 130) return 46;
  if (length <= 200) return 38;
  return 32;
}

function badge(verdict: Verdict): CardElement {
  return el(
    'div',
    {
      display: 'flex',
      alignSelf: 'flex-start',
      alignItems: 'center',
      gap: 14,
      padding: '10px 26px',
      borderRadius: 999,
      border: `4px solid ${verdict.color.light}`,
      color: verdict.color.light,
      backgroundColor: CARD_COLORS.badge,
      fontSize: 36,
      fontWeight: 700,
    },
    [el('span', {}, verdict.icon), el('span', {}, verdict.label)],
  );
}

function frame(accent: string, children: CardElement[]): CardElement {
  // Explicit sizes throughout: satori adds padding to a box's size, so a padded box of the
  // card's full size would push the footer off the bottom.
  return el(
    'div',
    {
      width: CARD_SIZE.width,
      height: CARD_SIZE.height,
      display: 'flex',
      backgroundColor: CARD_COLORS.paper,
      fontFamily: 'DejaVu Sans',
    },
    [
      el('div', { width: ACCENT_WIDTH, height: CARD_SIZE.height, backgroundColor: accent }),
      el(
        'div',
        {
          width: INNER_WIDTH,
          height: CARD_SIZE.height - PADDING.top - PADDING.bottom,
          margin: `${PADDING.top}px ${PADDING.right}px ${PADDING.bottom}px ${PADDING.left}px`,
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          color: CARD_COLORS.ink,
        },
        children,
      ),
    ],
  );
}

function footer(left: string, site: CardSite): CardElement {
  return el(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      gap: 8,
      width: INNER_WIDTH,
      fontSize: 24,
      lineHeight: 1.35,
      color: CARD_COLORS.muted,
    },
    [
      el('div', { display: 'flex', width: INNER_WIDTH }, left),
      el('div', { display: 'flex', fontWeight: 700, color: CARD_COLORS.ink }, `Checked by ${site.name}`),
    ],
  );
}

/** What a claim's card shows: the quote as it stands in the source, its verdict, and the source. */
export interface ClaimCardInput {
  readonly quote: string;
  readonly verdict: Verdict;
  readonly source: Source;
}

/** The card for one claim: verdict badge, the quote, and where it was published. */
export function cardTree(view: ClaimCardInput | ClaimView, site: CardSite): CardElement {
  const quote = quoteForDisplay('context' in view ? view.context.quote : view.quote, MAX_QUOTE_CHARS);
  const source = view.source.data;
  const from = [truncate(sourceTitle(view.source), 80), source.outlet, source.published].filter(Boolean).join(' · ');
  return frame(view.verdict.color.light, [
    badge(view.verdict),
    el('div', { display: 'flex', width: INNER_WIDTH, fontSize: quoteFontSize(quote.length), lineHeight: 1.3 }, quote),
    footer(`From: ${from}`, site),
  ]);
}

/**
 * Every published claim's card input, straight from the corpus: the same quote, verdict and
 * source as its page's view (site-model.ts `claimView`), without building the site model, which
 * the build would otherwise do twice (here and in the pages) before Astro starts.
 */
export function claimCardInputs(corpus: Pick<Corpus, 'sources' | 'claims'>): { id: string; input: ClaimCardInput }[] {
  const sources = new Map(corpus.sources.map((source) => [source.slug, source]));
  return corpus.claims.flatMap((claim) => {
    const source = sources.get(claim.source);
    if (!source || isDraft(claim)) return [];
    const quote = source.text.slice(claim.start, claim.end);
    return [{ id: claim.id, input: { quote, verdict: VERDICTS[claim.data.verdict], source } }];
  });
}

/** The card for pages without their own (home, sources, methodology). */
export function siteCardTree(site: CardSite): CardElement {
  return frame(CARD_COLORS.ink, [
    el('div', { display: 'flex', width: INNER_WIDTH, fontSize: 64, fontWeight: 700 }, site.name),
    el('div', { display: 'flex', width: INNER_WIDTH, fontSize: 38, lineHeight: 1.35 }, site.description),
    footer('Every claim highlighted in place, with a verdict and the documents it rests on.', site),
  ]);
}

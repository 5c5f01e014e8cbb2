/**
 * Finds our claims on a publisher's page: the article's visible text (dom-text.ts, page furniture left
 * out) is anchored with the project's one anchoring ladder, in its extension preset
 * (src/annotations/anchor.ts, presets.ts, anchor-quotes.ts), so the page and our site agree on what a
 * quote is; each claim found is mapped back to the Text nodes that hold it, to be highlighted.
 */
import {
  anchorQuotes,
  type ClaimAnnotation,
  EXTENSION_PRESET,
  QuoteAnchorer,
  type TextRange,
} from '../annotations/browser.ts';
import { buildDomText, isHiddenElement, piecesFor, type DomText, type TextPiece } from './dom-text.ts';

export interface AnchoredClaim {
  annotation: ClaimAnnotation;
  pieces: TextPiece[];
  /** The page's text of the anchored range (across Text nodes, with '\n' between blocks). */
  text: string;
}
export interface OrphanClaim {
  annotation: ClaimAnnotation;
  reason: 'not-found' | 'ambiguous' | 'empty';
}

/**
 * Page furniture that repeats or interrupts the article, recognised by a whole word of its class or
 * id (`ad-slot`, `share_bar`, `comments`, `related-stories`, `pull-quote`…): ads, promotions, share and
 * social widgets, related links, comments, newsletter sign-ups and pull quotes (a sentence of the article
 * again). A heuristic: a class such as `adjust` does not match, but a publisher that called its article
 * body `comment` would lose it.
 */
const BOILERPLATE_WORD = new RegExp(
  '(?:^|[\\s_-])(?:ad|ads|adslot|advert|adverts|advertisement|advertising|sponsored|promo|promos|promotion|' +
    'share|sharing|social|related|comment|comments|newsletter|outbrain|taboola|pull[-_]?quote)(?:$|[\\s_-])',
  'i',
);
/**
 * Text for screen readers only (`<span class="sr-only">(opens in a new tab)</span>` inside a link), laid
 * out off-screen rather than hidden, so only its class says it is not part of the sentence a reader sees.
 */
const SCREEN_READER_ONLY =
  /(?:^|\s)(?:sr-only|visually-hidden|visuallyhidden|screen-reader-text|screen-reader-only|element-invisible)(?:\s|$)/i;
/** Landmarks that are never the article's text. */
const BOILERPLATE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search']);

export function isBoilerplate(element: Element): boolean {
  const name = element.localName.toLowerCase();
  if (name === 'aside') return true;
  const role = element.getAttribute('role');
  if (role !== null && BOILERPLATE_ROLES.has(role)) return true;
  const className = element.getAttribute('class') ?? '';
  return (
    BOILERPLATE_WORD.test(`${className} ${element.getAttribute('id') ?? ''}`) || SCREEN_READER_ONLY.test(className)
  );
}

/** Left out of the article's text: hidden (markup or computed style) or page furniture. */
export function isLeftOut(element: Element): boolean {
  return isBoilerplate(element) || isHiddenElement(element);
}

const ROOT_CANDIDATES = '[itemprop~="articleBody"], article, main, [role="main"]';
/** A candidate with at least this share of the best one's paragraph text counts as holding the article. */
const NEAR_BEST = 0.9;
/** The share of the page's paragraph text a landmark must hold to be taken for the article. */
const LANDMARK_SHARE = 0.5;

function insideBoilerplate(element: Element, stop: Element): boolean {
  for (let at: Element | null = element; at && at !== stop; at = at.parentElement) if (isBoilerplate(at)) return true;
  return false;
}

/** Characters of paragraph text inside `element`, furniture left out. */
function paragraphText(element: Element): number {
  let total = 0;
  for (const paragraph of element.querySelectorAll('p')) {
    if (insideBoilerplate(paragraph, element)) continue;
    total += (paragraph.textContent ?? '').trim().length;
  }
  return total;
}

/**
 * The element holding the article: among `article`, `main`, `[role=main]` and `[itemprop=articleBody]`
 * (outside page furniture), those with about the most paragraph text, the innermost of them (an
 * `article` inside `main`). `articleBody` only where no such landmark holds the article, because it
 * often leaves out the headline and standfirst, which claims quote. The body when none holds at least
 * half of the page's paragraph text.
 */
export function findArticleRoot(doc: Document): Element {
  const body = doc.body ?? doc.documentElement;
  const scored = [...doc.querySelectorAll(ROOT_CANDIDATES)]
    // Up to the body, not including it: themes put words such as `comments-open` on <body>.
    .filter((element) => !insideBoilerplate(element, body))
    .map((element) => ({ element, text: paragraphText(element) }));
  const most = Math.max(0, ...scored.map(({ text }) => text));
  // Landmarks that hold less than half the page's paragraph text are teasers (related stories marked up
  // as `article`), not the article: the whole body is then safer than a root without the claims.
  if (most === 0 || most < paragraphText(body) * LANDMARK_SHARE) return body;
  const holding = scored.filter(({ text }) => text >= most * NEAR_BEST).map(({ element }) => element);
  const landmarks = holding.filter((element) => !element.matches('[itemprop~="articleBody"]'));
  return innermost(landmarks.length > 0 ? landmarks : holding) ?? body;
}

/** The last element (in document order) that is inside all before it: the most precise of nested candidates. */
function innermost(elements: readonly Element[]): Element | undefined {
  let best: Element | undefined;
  for (const element of elements) if (!best || best.contains(element)) best = element;
  return best;
}

/**
 * Anchors every annotation in `root`'s visible text (page furniture left out, see `isBoilerplate`).
 * Each anchored claim comes with its Text-node pieces; the rest are orphans with the reason.
 */
export function anchorClaims(
  root: Element,
  annotations: readonly ClaimAnnotation[],
): { anchored: AnchoredClaim[]; orphans: OrphanClaim[] } {
  const dom = buildDomText(root, { isHidden: isLeftOut });
  const { ranges, orphans } = anchorQuotes(new QuoteAnchorer(dom.text), annotations, EXTENSION_PRESET);
  const anchored = annotations.flatMap((annotation) => {
    const range = ranges.get(annotation);
    return range ? [anchoredClaim(dom, annotation, range)] : [];
  });
  return { anchored, orphans: orphans.map(({ item, reason }) => ({ annotation: item, reason })) };
}

function anchoredClaim(dom: DomText, annotation: ClaimAnnotation, range: TextRange): AnchoredClaim {
  return { annotation, pieces: piecesFor(dom, range.start, range.end), text: dom.text.slice(range.start, range.end) };
}

/**
 * Finds our claims on a publisher's page: the article's visible text (dom-text.ts) is anchored with
 * the project's own QuoteAnchorer (src/annotations/anchor.ts, normalize.ts), so the page and our site
 * agree on what a quote is. Publishers change what our copy cannot know about: quote marks, dashes,
 * spaces and inline markup (folded by normalize), the text around a quote (a headline, a byline, an
 * ad label), and they repeat sentences (pull quotes, comments). So:
 * 1. the quote with its prefix and suffix decides where it can;
 * 2. where the context does not decide, the occurrence whose context agrees longest wins, and among
 *    equals the one nearest where the TextPositionSelector says it should be (placed between the
 *    claims around it that were anchored);
 * 3. only when the folded quote is nowhere (or only inside longer words), the quote's words are looked
 *    for with punctuation and spacing ignored (`--` for a dash, `. . .` for an ellipsis): the same
 *    words in the same order, or nothing, never a near match onto other words.
 */
import { QuoteAnchorer, type TextRange } from '../annotations/anchor.ts';
import { normalize, normalizeQuote } from '../annotations/normalize.ts';
import type { ClaimAnnotation } from '../annotations/read-collection.ts';
import { buildDomText, isHiddenElement, piecesFor, type DomText, type TextPiece } from './dom-text.ts';
import { WordMatcher, wordsOf } from './word-match.ts';

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

/** Context to compare, in original characters: generous, as folding only shortens text. */
const CONTEXT_WINDOW = 160;

/**
 * How many words of the quote's prefix (from its end) and suffix (from its start) agree with the
 * page's words around a range. Words, not characters, so a dash typed as `--` or a quote mark
 * straightened next to the quote costs nothing.
 */
function contextAgreement(source: string, range: TextRange, quote: ClaimAnnotation['quote']): number {
  const before = wordList(source.slice(Math.max(0, range.start - CONTEXT_WINDOW), range.start)).reverse();
  const after = wordList(source.slice(range.end, range.end + CONTEXT_WINDOW));
  return agreeing(before, wordList(quote.prefix).reverse()) + agreeing(after, wordList(quote.suffix));
}

const wordList = (text: string) => wordsOf(normalize(text).text).split(' ');

/** Length of the common start of two word lists; a word cut at the window's edge still counts if it agrees. */
function agreeing(page: readonly string[], ours: readonly string[]): number {
  let count = 0;
  while (count < ours.length && count < page.length && ours[count] !== '' && ours[count] === page[count]) count++;
  return count;
}

const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}\p{M}]/u.test(char);
const isDash = (char: string | undefined) => char !== undefined && /[-\u2010-\u2015\u2212]/.test(char);
/** Whether an edge between two characters falls inside a word, or inside a `--` dash. */
const cuts = (before: string | undefined, after: string | undefined) =>
  (isWordChar(before) && isWordChar(after)) || (isDash(before) && isDash(after));

/**
 * Whether a match starts and ends at word edges where the quote does: "ICE" must not light up the end
 * of "NICE", nor a dash half of `--`, unless our copy's quote is cut the same way (its prefix ends in a letter).
 */
function edgesAgree(source: string, range: TextRange, quote: ClaimAnnotation['quote']): boolean {
  const startOk = !cuts(source[range.start - 1], source[range.start]) || cuts(quote.prefix.at(-1), quote.exact[0]);
  const endOk = !cuts(source[range.end - 1], source[range.end]) || cuts(quote.exact.at(-1), quote.suffix[0]);
  return startOk && endOk;
}

interface Pending {
  readonly annotation: ClaimAnnotation;
  readonly candidates: readonly TextRange[];
}

/** Where a claim should be on the page, from the claims around it (by our copy's offsets) that were anchored. */
function expectedOffset(
  position: { start: number } | undefined,
  placed: readonly { copy: number; page: number }[],
  pageLength: number,
  copyLength: number,
): number | undefined {
  if (!position) return undefined;
  let before: { copy: number; page: number } | undefined;
  let after: { copy: number; page: number } | undefined;
  for (const point of placed) {
    if (point.copy <= position.start && (!before || point.copy > before.copy)) before = point;
    if (point.copy >= position.start && (!after || point.copy < after.copy)) after = point;
  }
  if (before && after && after.copy > before.copy) {
    const share = (position.start - before.copy) / (after.copy - before.copy);
    return before.page + share * (after.page - before.page);
  }
  if (before) return before.page + (position.start - before.copy);
  if (after) return after.page - (after.copy - position.start);
  return copyLength > 0 ? (position.start / copyLength) * pageLength : undefined;
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
  const anchorer = new QuoteAnchorer(dom.text);
  let words: WordMatcher | undefined;
  const ranges = new Map<ClaimAnnotation, TextRange>();
  const pending: Pending[] = [];
  const orphans: OrphanClaim[] = [];

  /** Every place the quote can be: exact (folded) matches at word edges, else the same words. */
  const placesOf = (annotation: ClaimAnnotation): readonly TextRange[] | 'empty' => {
    const result = anchorer.anchor(annotation.quote, { closest: false });
    if (!result.ok && result.reason === 'empty') return 'empty';
    const exact = result.ok ? [result] : result.reason === 'not-found' ? [] : result.matches;
    const atEdges = exact.filter((range) => edgesAgree(dom.text, range, annotation.quote));
    if (atEdges.length > 0) return atEdges;
    words ??= new WordMatcher(anchorer.folded.text);
    const quote = normalizeQuote(annotation.quote.exact);
    const { map, ends } = anchorer.folded;
    return words.find(quote).map((found) => {
      const { start, end } = words!.widen(found, quote);
      return { start: map[start] ?? 0, end: ends[end - 1] ?? 0 };
    });
  };

  for (const annotation of annotations) {
    const places = placesOf(annotation);
    if (places === 'empty') orphans.push({ annotation, reason: 'empty' });
    else if (places.length === 0) orphans.push({ annotation, reason: 'not-found' });
    else if (places.length === 1) ranges.set(annotation, places[0]!);
    else pending.push({ annotation, candidates: places });
  }

  // Repeated quotes: the best context first, then the place the position hint points to.
  const placed = [...ranges].flatMap(([annotation, range]) =>
    annotation.position ? [{ copy: annotation.position.start, page: range.start }] : [],
  );
  const copyLength = Math.max(0, ...annotations.map((annotation) => annotation.position?.end ?? 0));
  for (const { annotation, candidates } of pending) {
    const scores = candidates.map((range) => contextAgreement(dom.text, range, annotation.quote));
    const top = Math.max(...scores);
    const best = candidates.filter((_, index) => scores[index] === top);
    const expected = expectedOffset(annotation.position, placed, dom.text.length, copyLength);
    if (best.length > 1 && expected === undefined) {
      orphans.push({ annotation, reason: 'ambiguous' });
      continue;
    }
    const distance = (range: TextRange) => Math.abs(range.start - (expected ?? 0));
    ranges.set(
      annotation,
      best.reduce((a, b) => (distance(b) < distance(a) ? b : a)),
    );
  }

  const anchored = annotations.flatMap((annotation) => {
    const range = ranges.get(annotation);
    return range ? [anchoredClaim(dom, annotation, range)] : [];
  });
  return { anchored, orphans };
}

function anchoredClaim(dom: DomText, annotation: ClaimAnnotation, range: TextRange): AnchoredClaim {
  return { annotation, pieces: piecesFor(dom, range.start, range.end), text: dom.text.slice(range.start, range.end) };
}

/**
 * Finds our claims on a publisher's page: the article's visible text (dom-text.ts) is anchored with
 * the project's own QuoteAnchorer (src/domain/anchor.ts, normalize.ts), so the page and our site
 * agree on what a quote is. Publishers change what our copy cannot know about: quote marks, dashes,
 * spaces and inline markup (folded by normalize), the text around a quote (a headline, a byline, an
 * ad label), and they repeat sentences (pull quotes, comments). So:
 * 1. the quote with its prefix and suffix decides where it can;
 * 2. where the context does not decide, the occurrence whose context agrees longest wins, and among
 *    equals the one nearest where the TextPositionSelector says it should be (placed between the
 *    claims around it that were anchored);
 * 3. only when the folded quote is nowhere, the quote's words are looked for with punctuation and
 *    spacing ignored (`--` for a dash, `. . .` for an ellipsis): the same words in the same order, or
 *    nothing, never a near match onto other words.
 */
import { QuoteAnchorer, type TextRange } from '../domain/anchor.ts';
import { normalize, normalizeQuote } from '../domain/normalize.ts';
import type { ClaimAnnotation } from './annotations.ts';
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
 * id (`ad-slot`, `share_bar`, `comments`, `related-stories`…): ads, promotions, share and social
 * widgets, related links, comments and newsletter sign-ups. A heuristic: a class such as `adjust`
 * does not match, a publisher that calls its article body `comment` would lose it.
 */
const BOILERPLATE_WORD =
  /(?:^|[\s_-])(?:ad|ads|adslot|advert|adverts|advertisement|advertising|sponsored|promo|promos|promotion|share|sharing|social|related|comment|comments|newsletter|outbrain|taboola)(?:$|[\s_-])/i;
/** Landmarks that are never the article's text. */
const BOILERPLATE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search']);

export function isBoilerplate(element: Element): boolean {
  const name = element.localName.toLowerCase();
  if (name === 'aside') return true;
  const role = element.getAttribute('role');
  if (role !== null && BOILERPLATE_ROLES.has(role)) return true;
  const classAndId = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  return BOILERPLATE_WORD.test(classAndId);
}

/** Left out of the article's text: hidden (markup or computed style) or page furniture. */
export function isLeftOut(element: Element): boolean {
  return isBoilerplate(element) || isHiddenElement(element);
}

const ROOT_CANDIDATES = '[itemprop~="articleBody"], article, main, [role="main"]';
/** A candidate with at least this share of the best one's paragraph text counts as holding the article. */
const NEAR_BEST = 0.9;

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
 * often leaves out the headline and standfirst, which claims quote. The body when none holds any.
 */
export function findArticleRoot(doc: Document): Element {
  const body = doc.body ?? doc.documentElement;
  const scored = [...doc.querySelectorAll(ROOT_CANDIDATES)]
    .filter((element) => !insideBoilerplate(element, doc.documentElement))
    .map((element) => ({ element, text: paragraphText(element) }));
  const most = Math.max(0, ...scored.map(({ text }) => text));
  if (most === 0) return body;
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

/** How many folded characters of `context` agree with the text next to a range (the end of the prefix). */
function agreeingPrefix(folded: string, prefix: string): number {
  let count = 0;
  while (count < prefix.length && count < folded.length) {
    if (prefix[prefix.length - 1 - count] !== folded[folded.length - 1 - count]) break;
    count++;
  }
  return count;
}
function agreeingSuffix(folded: string, suffix: string): number {
  let count = 0;
  while (count < suffix.length && count < folded.length && suffix[count] === folded[count]) count++;
  return count;
}

/** Context to compare, in original characters: generous, as folding only shortens text. */
const CONTEXT_WINDOW = 160;

function contextAgreement(source: string, range: TextRange, quote: ClaimAnnotation['quote']): number {
  const before = normalize(source.slice(Math.max(0, range.start - CONTEXT_WINDOW), range.start)).text.trimEnd();
  const after = normalize(source.slice(range.end, range.end + CONTEXT_WINDOW)).text.trimStart();
  return agreeingPrefix(before, normalizeQuote(quote.prefix)) + agreeingSuffix(after, normalizeQuote(quote.suffix));
}

/**
 * The quote's words in the page's folded text with punctuation and spacing ignored: both are reduced
 * to letters and digits with one space for every run of anything else, so `a -- b`, `a—b` and `a – b`
 * read the same, but no word can gain, lose or change a letter.
 */
class WordMatcher {
  private readonly words: string;
  /** `foldedAt[i]`: the folded-text index of word-text character `i`. */
  private readonly foldedAt: number[];

  constructor(private readonly folded: string) {
    let words = '';
    const foldedAt: number[] = [];
    let gap = false;
    for (let index = 0; index < folded.length; index++) {
      const char = folded[index]!;
      if (WordMatcher.isWordChar(char)) {
        if (gap && words !== '') {
          words += ' ';
          foldedAt.push(index);
        }
        words += char;
        foldedAt.push(index);
        gap = false;
      } else gap = true;
    }
    this.words = words;
    this.foldedAt = foldedAt;
  }

  /** Letters, digits and combining marks (a surrogate half counts, so astral letters stay whole). */
  static isWordChar(char: string): boolean {
    return /[\p{L}\p{N}\p{M}\uD800-\uDFFF]/u.test(char);
  }

  static wordsOf(text: string): string {
    return text
      .split(/[^\p{L}\p{N}\p{M}\uD800-\uDFFF]+/u)
      .filter((word) => word !== '')
      .join(' ');
  }

  /** Ranges in folded text (first to last word character) of every occurrence of `quote`'s words. */
  find(quote: string): { start: number; end: number }[] {
    const words = WordMatcher.wordsOf(quote);
    if (words === '') return [];
    const found: { start: number; end: number }[] = [];
    for (let at = this.words.indexOf(words); at !== -1; at = this.words.indexOf(words, at + 1)) {
      const before = this.words[at - 1];
      const after = this.words[at + words.length];
      // Whole words only: "ICE" must not match inside "NICE".
      if ((before === undefined || before === ' ') && (after === undefined || after === ' '))
        found.push({ start: this.foldedAt[at]!, end: this.foldedAt[at + words.length - 1]! + 1 });
    }
    return found;
  }

  /**
   * Widens a word range over the quote's leading and trailing punctuation where the page has it
   * (an opening quote mark, a closing full stop), so the highlight covers what the quote covers.
   */
  widen(range: { start: number; end: number }, quote: string): { start: number; end: number } {
    const lead = /^[^\p{L}\p{N}\p{M}\s]*/u.exec(quote)?.[0] ?? '';
    const trail = /[^\p{L}\p{N}\p{M}\s]*$/u.exec(quote)?.[0] ?? '';
    let { start, end } = range;
    for (let count = 0; count < lead.length && start > 0 && this.isMark(start - 1); count++) start--;
    for (let count = 0; count < trail.length && end < this.folded.length && this.isMark(end); count++) end++;
    return { start, end };
  }

  private isMark(index: number): boolean {
    const char = this.folded[index]!;
    return char !== ' ' && char !== '\n' && !WordMatcher.isWordChar(char);
  }
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

  for (const annotation of annotations) {
    const result = anchorer.anchor(annotation.quote);
    if (result.ok) ranges.set(annotation, result);
    else if (result.reason === 'empty') orphans.push({ annotation, reason: 'empty' });
    else if (result.reason === 'ambiguous' || result.reason === 'context-mismatch')
      pending.push({ annotation, candidates: result.matches });
    else {
      words ??= new WordMatcher(anchorer.folded.text);
      const quote = normalizeQuote(annotation.quote.exact);
      const { map, ends } = anchorer.folded;
      const candidates = words.find(quote).map((found) => {
        const { start, end } = words!.widen(found, quote);
        return { start: map[start] ?? 0, end: ends[end - 1] ?? 0 };
      });
      if (candidates.length === 1) ranges.set(annotation, candidates[0]!);
      else if (candidates.length > 1) pending.push({ annotation, candidates });
      else orphans.push({ annotation, reason: 'not-found' });
    }
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

/**
 * Wraps anchored claims in highlight elements on the publisher's page. Content scripts cannot
 * define custom elements in Chromium, so a highlight is a `<mark>` with a class no publisher uses,
 * styled by one injected stylesheet that first resets everything the page may set on `mark`. The
 * verdict label is CSS generated content (`::after`), so the page's text stays exactly what it was.
 */
import type { AnchoredClaim } from './anchor-page.ts';
import type { TextPiece } from './dom-text.ts';
import { verdictLook } from './verdict-look.ts';
import { extensionText } from './words.ts';

export const HIGHLIGHT_CLASS = 'factcheck-ext-highlight';
export const CLAIM_ATTRIBUTE = 'data-factcheck-claim';
const STYLE_ID = 'factcheck-ext-style';

/**
 * The highlight elements of each claim, in document order. Keyboard users reach the one with a
 * tabindex: the first, unless it is nested in another claim's (see `firstReachable`).
 */
export type ClaimHighlights = Map<string, HTMLElement[]>;

const STYLESHEET = `
mark.${HIGHLIGHT_CLASS}[${CLAIM_ATTRIBUTE}] {
  all: unset !important;
  display: inline !important;
  background: var(--factcheck-tint) !important;
  color: #111 !important;
  border-bottom: 2px solid var(--factcheck-color) !important;
  cursor: pointer !important;
  font: inherit !important;
  -webkit-box-decoration-break: clone !important;
  box-decoration-break: clone !important;
}
mark.${HIGHLIGHT_CLASS}[${CLAIM_ATTRIBUTE}]:focus-visible {
  outline: 3px solid #1a4fd6 !important;
  outline-offset: 2px !important;
}
mark.${HIGHLIGHT_CLASS}[${CLAIM_ATTRIBUTE}][data-factcheck-label]::after {
  all: unset !important;
  content: "\\00a0" attr(data-factcheck-label) !important;
  display: inline !important;
  margin-left: 0.25em !important;
  padding: 0 0.4em !important;
  border: 1px solid var(--factcheck-color) !important;
  border-radius: 999px !important;
  background: #fff !important;
  color: var(--factcheck-color) !important;
  font: 700 0.75em/1.4 system-ui, sans-serif !important;
  white-space: nowrap !important;
}
`;

/** Adds the highlight stylesheet once (a second content-script run finds it and adds nothing). */
export function injectHighlightStyles(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = STYLESHEET;
  (doc.head ?? doc.documentElement).append(style);
}

interface Span {
  readonly claim: AnchoredClaim;
  readonly start: number;
  readonly end: number;
}

/**
 * Wraps every piece of every claim. Pieces were measured on the untouched page, so each Text node is
 * split once at all the boundaries falling inside it (claims may overlap: a segment inside two claims
 * gets two nested marks) rather than claim by claim, which would leave later offsets pointing at nodes
 * already split.
 */
export function highlightClaims(claims: readonly AnchoredClaim[], doc: Document): ClaimHighlights {
  injectHighlightStyles(doc);
  const spansByNode = new Map<Text, Span[]>();
  for (const claim of claims) {
    for (const piece of claim.pieces) {
      if (piece.end <= piece.start) continue;
      const spans = spansByNode.get(piece.node) ?? [];
      spans.push({ claim, start: piece.start, end: piece.end });
      spansByNode.set(piece.node, spans);
    }
  }
  const highlights: ClaimHighlights = new Map();
  for (const [node, spans] of spansByNode) {
    for (const segment of splitAtBoundaries(node, spans)) {
      let wrapped: Node = segment.node;
      for (const span of spans) {
        if (span.start > segment.start || span.end < segment.end) continue;
        const mark = createMark(doc, span.claim);
        wrapped.parentNode?.insertBefore(mark, wrapped);
        mark.append(wrapped);
        wrapped = mark;
        const marks = highlights.get(span.claim.annotation.id) ?? [];
        marks.push(mark);
        highlights.set(span.claim.annotation.id, marks);
      }
    }
  }
  const reachable: HTMLElement[] = [];
  for (const marks of highlights.values()) marks.sort(documentOrder);
  const inReadingOrder = [...highlights].sort(([, a], [, b]) => documentOrder(a[0]!, b[0]!));
  for (const [id, marks] of inReadingOrder) {
    const claim = claims.find((candidate) => candidate.annotation.id === id)!;
    // Overlapping claims nest their marks; a button inside a button is unreachable for assistive
    // technology, so a claim's button is its first piece not nested in or around another one.
    const free = marks.find((mark) => reachable.every((other) => !other.contains(mark) && !mark.contains(other)));
    if (free) {
      makeReachable(free, claim);
      reachable.push(free);
    }
    const look = verdictLook(claim.annotation.verdictId, claim.annotation.verdictLabel);
    marks.at(-1)!.setAttribute('data-factcheck-label', `${look.icon} ${look.label}`);
  }
  return highlights;
}

function splitAtBoundaries(node: Text, spans: readonly Span[]): TextPiece[] {
  const length = node.data.length;
  const cuts = [...new Set(spans.flatMap((span) => [span.start, span.end]))]
    .filter((offset) => offset > 0 && offset < length)
    .sort((a, b) => a - b);
  const segments: TextPiece[] = [];
  let current = node;
  let consumed = 0;
  for (const cut of cuts) {
    const rest = splitText(current, cut - consumed);
    segments.push({ node: current, start: consumed, end: cut });
    current = rest;
    consumed = cut;
  }
  segments.push({ node: current, start: consumed, end: length });
  return segments;
}

/** Text.splitText by hand: the same result, and it runs on DOMs without it (linkedom, in the unit tests). */
function splitText(node: Text, offset: number): Text {
  const rest = node.ownerDocument.createTextNode(node.data.slice(offset));
  node.data = node.data.slice(0, offset);
  node.parentNode?.insertBefore(rest, node.nextSibling);
  return rest;
}

function createMark(doc: Document, claim: AnchoredClaim): HTMLElement {
  const look = verdictLook(claim.annotation.verdictId, claim.annotation.verdictLabel);
  const mark = doc.createElement('mark');
  mark.className = HIGHLIGHT_CLASS;
  mark.setAttribute(CLAIM_ATTRIBUTE, claim.annotation.id);
  if (look.id) mark.setAttribute('data-factcheck-verdict', look.id);
  mark.style.setProperty('--factcheck-color', look.color);
  mark.style.setProperty('--factcheck-tint', `color-mix(in srgb, ${look.color} 14%, #fff)`);
  return mark;
}

/**
 * The first piece of a claim is a button in the tab order, named by its visible words (a speech-input
 * user says what they see) followed by what it opens.
 */
function makeReachable(mark: HTMLElement, claim: AnchoredClaim): void {
  const look = verdictLook(claim.annotation.verdictId, claim.annotation.verdictLabel);
  mark.tabIndex = 0;
  mark.setAttribute('role', 'button');
  mark.setAttribute('aria-haspopup', 'dialog');
  mark.setAttribute('aria-expanded', 'false');
  const words = (mark.textContent ?? '').replace(/\s+/g, ' ').trim();
  mark.setAttribute('aria-label', extensionText()('extension.highlight.label', { words, verdict: look.label }));
}

function documentOrder(a: Node, b: Node): number {
  return a.compareDocumentPosition(b) & a.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/** The piece of a claim that keyboard users reach (and that takes focus), if any. */
export function firstReachable(marks: readonly HTMLElement[] | undefined): HTMLElement | undefined {
  return marks?.find((mark) => mark.hasAttribute('tabindex'));
}

/**
 * The content script, on an article we checked: asks the background for the source's annotations,
 * anchors them in the page with the project's own quote anchoring, highlights each claim with its
 * verdict, opens the popover from a highlight, reports the count for the toolbar badge, and answers
 * the popup (what is on this page; show a claim). Bundled by esbuild as one IIFE.
 */
import { extensionConfig } from './config.ts';
import { type ClaimAnnotation, parseAnnotationCollection } from '../annotations/browser.ts';
import { anchorClaims, findArticleRoot } from './anchor-page.ts';
import {
  CLAIM_ATTRIBUTE,
  firstReachable,
  HIGHLIGHT_CLASS,
  highlightClaims,
  type ClaimHighlights,
} from './highlight.ts';
import type { ClaimState, ExtensionMessage, LoadResponse, PageState } from './messages.ts';
import { watchForLateText } from './late-text.ts';
import { EXTENSION_FILES } from './files.ts';
import { fromThisPopup } from './senders.ts';
import { createPopover, type Popover } from './popover.ts';
import { extensionText } from './words.ts';

interface Page {
  readonly loaded: Extract<LoadResponse, { ok: true }>;
  readonly annotations: readonly ClaimAnnotation[];
  /** Grows when claims are found in text the page adds later (late-text.ts). */
  readonly highlights: ClaimHighlights;
  readonly popover: Popover;
}

async function load(): Promise<Page | undefined> {
  const loaded = (await chrome.runtime.sendMessage({ type: 'factcheck:load', url: location.href })) as
    LoadResponse | undefined;
  if (!loaded?.ok) return undefined;
  // Claim links go to the site baked into this build, whatever the file says about itself.
  const { siteUrl } = extensionConfig();
  const { annotations } = parseAnnotationCollection(loaded.collection, siteUrl);
  const popover = createPopover(document, { siteName: siteName(loaded.siteUrl) });
  const page: Page = { loaded, annotations, highlights: new Map(), popover };
  listenToHighlights(popover, new Map(annotations.map((annotation) => [annotation.id, annotation])));
  if (!highlightMissing(page) && document.body) watchForLateText(document.body, () => highlightMissing(page));
  return page;
}

/** Anchors and highlights the claims not highlighted yet, updates the badge; true when none is left. */
function highlightMissing(page: Page): boolean {
  const missing = page.annotations.filter((annotation) => !page.highlights.has(annotation.id));
  if (missing.length === 0) return true;
  const { anchored } = anchorClaims(findArticleRoot(document), missing);
  if (anchored.length === 0) return false;
  for (const [id, marks] of highlightClaims(anchored, document)) page.highlights.set(id, marks);
  void chrome.runtime.sendMessage({ type: 'factcheck:count', count: page.highlights.size });
  return page.highlights.size === page.annotations.length;
}

/** What the popup shows: the claims found, in the page's order, then the others. */
function stateOf(page: Page): PageState {
  const found = page.annotations
    .filter((annotation) => page.highlights.has(annotation.id))
    .sort((a, b) => compareFirstHighlights(page.highlights, a.id, b.id));
  const notFound = page.annotations.filter((annotation) => !page.highlights.has(annotation.id));
  return {
    slug: page.loaded.slug,
    title: page.loaded.title,
    from: page.loaded.from,
    siteUrl: page.loaded.siteUrl,
    bundledAt: page.loaded.bundledAt,
    claims: [
      ...found.map((annotation) => claimState(annotation, true)),
      ...notFound.map((annotation) => claimState(annotation, false)),
    ],
  };
}

function claimState(annotation: ClaimAnnotation, anchored: boolean): ClaimState {
  return {
    id: annotation.id,
    quote: annotation.quote.exact,
    verdictId: annotation.verdictId,
    verdictLabel: annotation.verdictLabel,
    flags: annotation.flags,
    summary: annotation.summary,
    claimUrl: annotation.claimUrl,
    anchored,
  };
}

function compareFirstHighlights(highlights: ClaimHighlights, a: string, b: string): number {
  const first = highlights.get(a)![0]!;
  return first.compareDocumentPosition(highlights.get(b)![0]!) & first.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

function siteName(siteUrl: string): string {
  try {
    return new URL(siteUrl).host;
  } catch {
    return extensionText()('extension.siteFallback');
  }
}

function highlightOf(target: EventTarget | null): HTMLElement | undefined {
  if (!(target instanceof Element)) return undefined;
  return target.closest<HTMLElement>(`mark.${HIGHLIGHT_CLASS}[${CLAIM_ATTRIBUTE}]`) ?? undefined;
}

/**
 * One listener pair on the document for every highlight. A click on a highlight inside a publisher's
 * link opens the check instead of following the link: the reader clicked the marked words.
 */
function listenToHighlights(popover: Popover, byId: ReadonlyMap<string, ClaimAnnotation>): void {
  const openFrom = (highlight: HTMLElement) => {
    const annotation = byId.get(highlight.getAttribute(CLAIM_ATTRIBUTE) ?? '');
    if (annotation) popover.open(annotation, highlight);
  };
  document.addEventListener(
    'click',
    (event) => {
      const highlight = highlightOf(event.target);
      if (!highlight) {
        if (popover.isOpen && !popover.holds(event)) popover.close({ returnFocus: false });
        return;
      }
      event.preventDefault();
      openFrom(highlight);
    },
    true,
  );
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape' && popover.isOpen) {
        popover.close();
        return;
      }
      if (event.key !== 'Enter' && event.key !== ' ') return;
      const highlight = highlightOf(event.target);
      if (!highlight) return;
      event.preventDefault();
      openFrom(highlight);
    },
    true,
  );
}

function reveal(page: Page, id: string): boolean {
  const marks = page.highlights.get(id);
  const first = marks?.[0];
  if (!first) return false;
  page.popover.close();
  first.scrollIntoView({ block: 'center' });
  (firstReachable(marks) ?? first).focus({ preventScroll: true });
  return true;
}

const page = load().catch(() => undefined);

chrome.runtime.onMessage.addListener((message: ExtensionMessage, sender, sendResponse) => {
  // Only this extension's popup asks what is on the page, or to reveal a claim.
  if (!fromThisPopup(sender, chrome.runtime.id, chrome.runtime.getURL(EXTENSION_FILES.popupHtml))) return false;
  if (message.type === 'factcheck:state') {
    void page.then((loaded) => sendResponse(loaded ? stateOf(loaded) : undefined));
    return true;
  }
  if (message.type === 'factcheck:reveal') {
    void page.then((loaded) => sendResponse(loaded ? reveal(loaded, message.id) : false));
    return true;
  }
  return false;
});

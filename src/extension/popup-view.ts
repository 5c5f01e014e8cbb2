/**
 * What the toolbar popup shows, from the content script's PageState: every claim of the source, the
 * ones found on the page first (each with a button that shows it there), then the orphans, listed
 * as "Not found on this page" with their quote rather than dropped. All text goes in as textContent.
 */
import type { ClaimState, PageState } from './messages.ts';
import { fullCheckLink, textElement as element } from './elements.ts';
import { verdictLook } from './verdict-look.ts';
import { extensionText } from './words.ts';

export interface PopupActions {
  /** Scrolls the page to the claim's highlight and focuses it. */
  reveal(id: string): void;
}

export function renderPopup(main: HTMLElement, state: PageState | undefined, actions: PopupActions): void {
  const doc = main.ownerDocument;
  const text = extensionText();
  main.replaceChildren(element(doc, 'h1', text('extension.popup.title')));
  if (!state) {
    main.append(paragraph(doc, 'status', text('extension.popup.none')));
    return;
  }
  main.append(paragraph(doc, 'source', state.title));
  if (state.from === 'bundled') {
    main.append(paragraph(doc, 'bundled', text('extension.popup.bundled', { date: formatDate(state.bundledAt) })));
  }
  const anchored = state.claims.filter((claim) => claim.anchored);
  const orphans = state.claims.filter((claim) => !claim.anchored);
  const claims = text('extension.popup.claims', { count: anchored.length });
  const status =
    orphans.length > 0
      ? text('extension.popup.status.orphans', { claims, orphans: orphans.length })
      : text('extension.popup.status', { claims });
  main.append(paragraph(doc, 'status', status));
  if (anchored.length > 0) {
    main.append(element(doc, 'h2', text('extension.popup.onPage')), claimList(doc, anchored, actions));
  }
  if (orphans.length > 0) {
    main.append(
      element(doc, 'h2', text('extension.popup.notFound')),
      paragraph(doc, 'orphan-note', text('extension.popup.orphanNote')),
      claimList(doc, orphans, actions),
    );
  }
}

function claimList(doc: Document, claims: readonly ClaimState[], actions: PopupActions): HTMLElement {
  const list = element(doc, 'ol');
  for (const claim of claims) {
    const item = element(doc, 'li');
    item.className = 'claim';
    item.setAttribute('data-claim', claim.id);
    const look = verdictLook(claim.verdictId, claim.verdictLabel);
    const badge = element(doc, 'span');
    badge.className = 'badge';
    badge.style.setProperty('--v', look.color);
    const icon = element(doc, 'span', look.icon);
    icon.setAttribute('aria-hidden', 'true');
    badge.append(icon, doc.createTextNode(look.label));
    item.append(badge);
    if (!claim.anchored) item.append(paragraph(doc, 'orphan-note', extensionText()('extension.popup.notFound')));
    item.append(element(doc, 'blockquote', claim.quote));
    if (claim.summary) item.append(paragraph(doc, 'summary', claim.summary));
    const buttons = element(doc, 'p');
    buttons.className = 'actions';
    if (claim.anchored) {
      const show = element(doc, 'button', extensionText()('extension.popup.show'));
      show.setAttribute('type', 'button');
      show.addEventListener('click', () => actions.reveal(claim.id));
      buttons.append(show);
    }
    const link = fullCheckLink(doc, claim.claimUrl);
    if (link) buttons.append(link);
    if (buttons.childElementCount > 0) item.append(buttons);
    list.append(item);
  }
  return list;
}

/** An ISO day as a sentence writes it in the site's language ("2 December 2026"); the raw text when it is not a day. */
export const formatDate = (iso: string): string => extensionText().date(iso);

function paragraph(doc: Document, className: string, text: string): HTMLElement {
  const node = element(doc, 'p', text);
  node.className = className;
  return node;
}

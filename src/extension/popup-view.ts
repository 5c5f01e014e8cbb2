/**
 * What the toolbar popup shows, from the content script's PageState: every claim of the source, the
 * ones found on the page first (each with a button that shows it there), then the orphans, listed
 * as "Not found on this page" with their quote rather than dropped. All text goes in as textContent.
 */
import type { ClaimState, PageState } from './messages.ts';
import { fullCheckLink, textElement as element } from './elements.ts';
import { verdictLook } from './verdict-look.ts';

export interface PopupActions {
  /** Scrolls the page to the claim's highlight and focuses it. */
  reveal(id: string): void;
}

export function renderPopup(main: HTMLElement, state: PageState | undefined, actions: PopupActions): void {
  const doc = main.ownerDocument;
  main.replaceChildren(element(doc, 'h1', 'Fact checks on this page'));
  if (!state) {
    main.append(paragraph(doc, 'status', 'No checked article on this page.'));
    return;
  }
  main.append(paragraph(doc, 'source', state.title));
  if (state.from === 'bundled') {
    main.append(
      paragraph(
        doc,
        'bundled',
        `Our site could not be reached, so these checks come from the copy bundled with the extension ` +
          `on ${formatDate(state.bundledAt)}. Newer checks may exist.`,
      ),
    );
  }
  const anchored = state.claims.filter((claim) => claim.anchored);
  const orphans = state.claims.filter((claim) => !claim.anchored);
  main.append(
    paragraph(
      doc,
      'status',
      `${count(anchored.length, 'claim')} highlighted on this page` +
        (orphans.length > 0 ? `, ${orphans.length} not found.` : '.'),
    ),
  );
  if (anchored.length > 0) {
    main.append(element(doc, 'h2', 'On this page'), claimList(doc, anchored, actions));
  }
  if (orphans.length > 0) {
    main.append(
      element(doc, 'h2', 'Not found on this page'),
      paragraph(doc, 'orphan-note', 'The page’s text differs from the copy we checked, so these are not highlighted.'),
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
    if (!claim.anchored) item.append(paragraph(doc, 'orphan-note', 'Not found on this page'));
    item.append(element(doc, 'blockquote', claim.quote));
    if (claim.summary) item.append(paragraph(doc, 'summary', claim.summary));
    const buttons = element(doc, 'p');
    buttons.className = 'actions';
    if (claim.anchored) {
      const show = element(doc, 'button', 'Show on page');
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

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** An ISO date as a reader writes it ("2 December 2026"); the raw text when it is not a date. */
export function formatDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

function paragraph(doc: Document, className: string, text: string): HTMLElement {
  const node = element(doc, 'p', text);
  node.className = className;
  return node;
}

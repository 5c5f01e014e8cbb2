/**
 * The one popover that explains a highlighted claim: verdict (icon and label), flags, summary and a
 * link to our claim page. It lives in a closed shadow root, so the publisher's CSS cannot restyle it and
 * its scripts cannot read or change it, and it is filled with textContent only: every word in it came
 * over the network. A non-modal dialog: it
 * opens from a highlight (click, Enter or Space), takes focus, and Escape or its close button closes
 * it and gives focus back to the highlight it came from.
 */
import type { ClaimAnnotation } from '../annotations/browser.ts';
import { fullCheckLink, textElement as element } from './elements.ts';
import { verdictLook } from './verdict-look.ts';
import { extensionText } from './words.ts';

export const POPOVER_HOST_ATTRIBUTE = 'data-factcheck-popover';

const STYLES = `
:host { all: initial; }
.popover {
  position: fixed; z-index: 2147483647; box-sizing: border-box;
  width: min(24rem, calc(100vw - 1rem)); padding: 0.9rem 1rem 1rem;
  background: #fff; color: #1a1a1a; border: 1px solid #767676; border-top: 4px solid var(--color);
  border-radius: 6px; box-shadow: 0 6px 24px rgb(0 0 0 / 25%);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; text-align: left;
}
.popover[hidden] { display: none; }
h2 { margin: 0 2.2rem 0.4rem 0; font-size: 1rem; line-height: 1.4; }
.badge {
  display: inline-flex; gap: 0.3em; align-items: baseline; padding: 0 0.6em;
  border: 2px solid var(--color); border-radius: 999px; color: var(--color); font-weight: 700; white-space: nowrap;
}
.flags { display: flex; flex-wrap: wrap; gap: 0.35rem; margin: 0.4rem 0; padding: 0; list-style: none; }
.flags li { padding: 0 0.4em; border: 1px dashed #595959; border-radius: 4px; font-size: 0.85rem; }
p { margin: 0.4rem 0; }
a { color: #0b4fb3; font-weight: 600; }
a:focus-visible, button:focus-visible, .popover:focus-visible { outline: 3px solid #1a4fd6; outline-offset: 2px; }
.close {
  position: absolute; top: 0.5rem; right: 0.5rem; width: 2rem; height: 2rem; padding: 0;
  border: 1px solid #767676; border-radius: 4px; background: #fff; color: #1a1a1a; font: inherit; font-size: 1.2rem;
  line-height: 1; cursor: pointer;
}
.site { margin-top: 0.6rem; color: #595959; font-size: 0.8rem; }
`;

export interface Popover {
  /** Shows the claim's check beside `highlight` and moves focus into it. */
  open(annotation: ClaimAnnotation, highlight: HTMLElement): void;
  /** Hides it; focus goes back to the highlight unless the reader moved on (a click elsewhere on the page). */
  close(options?: { returnFocus?: boolean }): void;
  /** Whether an event happened inside the popover (its shadow tree included). */
  holds(event: Event): boolean;
  readonly isOpen: boolean;
}

export function createPopover(doc: Document, options: { siteName: string }): Popover {
  const host = doc.createElement('div');
  host.setAttribute(POPOVER_HOST_ATTRIBUTE, '');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = STYLES;
  const dialog = doc.createElement('div');
  dialog.className = 'popover';
  dialog.setAttribute('role', 'dialog');
  dialog.setAttribute('aria-labelledby', 'factcheck-popover-title');
  dialog.tabIndex = -1;
  dialog.hidden = true;
  shadow.append(style, dialog);
  let returnFocusTo: HTMLElement | undefined;
  let anchor: HTMLElement | undefined;
  doc.defaultView?.addEventListener('scroll', () => anchor && !dialog.hidden && place(dialog, anchor), {
    passive: true,
  });

  const close = ({ returnFocus = true }: { returnFocus?: boolean } = {}) => {
    if (dialog.hidden) return;
    dialog.hidden = true;
    returnFocusTo?.setAttribute('aria-expanded', 'false');
    if (returnFocus) returnFocusTo?.focus();
    returnFocusTo = undefined;
  };
  dialog.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    close();
  });

  return {
    get isOpen() {
      return !dialog.hidden;
    },
    close,
    holds: (event) => event.composedPath().includes(host),
    open(annotation, highlight) {
      if (!host.isConnected) (doc.body ?? doc.documentElement).append(host);
      returnFocusTo?.setAttribute('aria-expanded', 'false');
      returnFocusTo = focusTarget(highlight, annotation.id);
      returnFocusTo.setAttribute('aria-expanded', 'true');
      fill(dialog, annotation, options.siteName, () => close());
      dialog.hidden = false;
      anchor = highlight;
      place(dialog, highlight);
      dialog.focus();
    },
  };
}

/** The claim's first highlight: the focusable one, even when a later piece was clicked. */
function focusTarget(highlight: HTMLElement, id: string): HTMLElement {
  const first = highlight.ownerDocument.querySelector<HTMLElement>(
    `[data-factcheck-claim="${CSS.escape(id)}"][tabindex]`,
  );
  return first ?? highlight;
}

function fill(dialog: HTMLElement, annotation: ClaimAnnotation, siteName: string, close: () => void): void {
  const doc = dialog.ownerDocument;
  const look = verdictLook(annotation.verdictId, annotation.verdictLabel);
  const text = extensionText();
  dialog.replaceChildren();
  dialog.style.setProperty('--color', look.color);

  const title = element(doc, 'h2');
  title.id = 'factcheck-popover-title';
  const badge = element(doc, 'span');
  badge.className = 'badge';
  const icon = element(doc, 'span', look.icon);
  icon.setAttribute('aria-hidden', 'true');
  badge.append(icon, doc.createTextNode(look.label));
  title.append(...text.parts('extension.popover.title', { verdict: badge }));
  dialog.append(title);

  if (annotation.flags.length > 0) {
    const flags = element(doc, 'ul');
    flags.className = 'flags';
    flags.setAttribute('aria-label', text('extension.popover.flags'));
    for (const flag of annotation.flags) flags.append(element(doc, 'li', flag));
    dialog.append(flags);
  }
  if (annotation.summary) dialog.append(element(doc, 'p', annotation.summary));
  const link = fullCheckLink(doc, annotation.claimUrl);
  if (link) {
    dialog.append(element(doc, 'p'));
    dialog.lastElementChild!.append(link);
  }
  const site = element(doc, 'p', text('extension.popover.checkedBy', { site: siteName }));
  site.className = 'site';
  dialog.append(site);

  const closeButton = element(doc, 'button', '×');
  closeButton.className = 'close';
  closeButton.setAttribute('type', 'button');
  closeButton.setAttribute('aria-label', text('extension.popover.close'));
  closeButton.addEventListener('click', close);
  dialog.append(closeButton);
}

/**
 * Below the highlight, kept inside the viewport's width; above it when there is no room below. Fixed
 * positioning, moved again on scroll: an absolute box would be offset by whatever the page positions.
 */
function place(dialog: HTMLElement, highlight: HTMLElement): void {
  const view = highlight.ownerDocument.defaultView!;
  const box = highlight.getBoundingClientRect();
  const width = dialog.offsetWidth;
  const left = Math.max(8, Math.min(box.left, view.innerWidth - width - 8));
  const below = box.bottom + 8;
  const top =
    below + dialog.offsetHeight > view.innerHeight && box.top > dialog.offsetHeight + 8
      ? box.top - dialog.offsetHeight - 8
      : below;
  dialog.style.left = `${left}px`;
  dialog.style.top = `${top}px`;
}

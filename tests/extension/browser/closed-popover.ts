/**
 * The popover lives in a closed shadow root, so that neither the publisher's scripts nor Playwright's
 * selectors can reach into it. The tests read it the way DevTools does: through the DevTools protocol,
 * which sees closed shadow roots (`DOM.describeNode` with `pierce`), then run a function on the root.
 */
import type { CDPSession, Page } from 'playwright-core';
import { POPOVER_HOST_ATTRIBUTE } from '../../../src/extension/popover.ts';

export interface PopoverState {
  /** `closed` in the shipped extension; anything else means a page script could read the popover. */
  readonly shadowRootType: string;
  readonly visible: boolean;
  readonly text: string;
  /** The `href` of every link in the dialog. */
  readonly links: readonly string[];
  readonly images: number;
  /** Whether focus is inside the popover (the shadow root's own active element). */
  readonly focusInside: boolean;
  /** Centre of the close button in page coordinates, for a real mouse click. */
  readonly closeButton: { readonly x: number; readonly y: number } | null;
  /** The shadow tree's markup, for an axe run on a copy (axe cannot enter a closed root). */
  readonly html: string;
}

export interface ClosedPopover {
  /** `undefined` while the content script has not added the popover's host to the page. */
  state(): Promise<PopoverState | undefined>;
  /** Whether the popover is shown (false when it was never opened). */
  isVisible(): Promise<boolean>;
  /** Clicks the close button with the mouse. */
  clickClose(): Promise<void>;
}

export async function closedPopover(page: Page): Promise<ClosedPopover> {
  const cdp = await page.context().newCDPSession(page);
  const state = () => readState(cdp);
  return {
    state,
    isVisible: async () => (await state())?.visible ?? false,
    async clickClose() {
      const box = (await state())?.closeButton;
      if (!box) throw new Error('The popover has no close button on screen');
      await page.mouse.click(box.x, box.y);
    },
  };
}

async function readState(cdp: CDPSession): Promise<PopoverState | undefined> {
  const { result } = await cdp.send('Runtime.evaluate', {
    expression: `document.querySelector('[${POPOVER_HOST_ATTRIBUTE}]')`,
  });
  if (!result.objectId) return undefined;
  const { node } = await cdp.send('DOM.describeNode', { objectId: result.objectId, depth: 1, pierce: true });
  const shadow = node.shadowRoots?.[0];
  if (!shadow) return undefined;
  const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
  const { result: read } = await cdp.send('Runtime.callFunctionOn', {
    objectId: object.objectId!,
    functionDeclaration: String(readShadowRoot),
    returnByValue: true,
  });
  return { shadowRootType: shadow.shadowRootType ?? 'none', ...(read.value as Omit<PopoverState, 'shadowRootType'>) };
}

/** Runs in the page with `this` bound to the popover's shadow root. */
function readShadowRoot(this: ShadowRoot): Omit<PopoverState, 'shadowRootType'> {
  const dialog = this.querySelector<HTMLElement>('[role="dialog"]');
  const close = dialog?.querySelector('.close')?.getBoundingClientRect();
  return {
    visible: Boolean(dialog && !dialog.hidden && dialog.checkVisibility()),
    text: dialog?.textContent ?? '',
    links: [...(dialog?.querySelectorAll('a') ?? [])].map((link) => link.getAttribute('href') ?? ''),
    images: this.querySelectorAll('img').length,
    focusInside: this.activeElement !== null,
    closeButton: close ? { x: close.x + close.width / 2, y: close.y + close.height / 2 } : null,
    html: this.innerHTML,
  };
}

/**
 * The toolbar popup's script. Without the `tabs` permission it still learns the active tab's id
 * (chrome.tabs.query for the active tab returns ids, only the URL needs the permission) and asks
 * that tab's content script what it found. No answer means no content script: not an article we checked.
 */
import type { PageState, RevealRequest, StateRequest } from './messages.ts';
import { renderPopup } from './popup-view.ts';

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function pageState(tabId: number): Promise<PageState | undefined> {
  try {
    const request: StateRequest = { type: 'factcheck:state' };
    return ((await chrome.tabs.sendMessage(tabId, request)) as PageState | undefined) ?? undefined;
  } catch {
    // "Receiving end does not exist": no content script runs in this tab.
    return undefined;
  }
}

async function main(): Promise<void> {
  const root = document.getElementById('popup')!;
  const tabId = await activeTabId();
  const state = tabId === undefined ? undefined : await pageState(tabId);
  renderPopup(root, state, {
    reveal(id) {
      if (tabId === undefined) return;
      const request: RevealRequest = { type: 'factcheck:reveal', id };
      void chrome.tabs.sendMessage(tabId, request).then(() => window.close());
    },
  });
}

void main();

/**
 * The background worker (a service worker in Chromium, an event page in Firefox): loads our
 * annotations for the content script and keeps the toolbar badge at the page's claim count.
 * It keeps no state in memory, so the browser may stop and restart it between messages; copies of the site's
 * annotation files live in CacheStorage for a day (annotation-cache.ts).
 */
import { storageCache } from './annotation-cache.ts';
import { extensionConfig } from './config.ts';
import { loadAnnotations } from './load-annotations.ts';
import type { ExtensionMessage, LoadResponse } from './messages.ts';
import { fromThisExtension } from './senders.ts';

/** The badge's background: the site's text colour, legible behind white digits in light and dark toolbars. */
const BADGE_COLOR = '#1b1b1b';

chrome.runtime.onMessage.addListener((message: ExtensionMessage, sender, sendResponse) => {
  if (!fromThisExtension(sender, chrome.runtime.id) || typeof message !== 'object' || message === null) return false;
  if (message.type === 'factcheck:load' && typeof message.url === 'string') {
    loadAnnotations(message.url, extensionConfig(), {
      fetch: (input, init) => fetch(input, init),
      bundledUrl: (path) => chrome.runtime.getURL(path),
      cache: storageCache(),
    }).then(
      (response) => sendResponse(response),
      () => sendResponse({ ok: false, reason: 'unreadable' } satisfies LoadResponse),
    );
    // Keeps the channel open for the asynchronous answer.
    return true;
  }
  if (message.type === 'factcheck:count' && typeof message.count === 'number') {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return false;
    const count = Math.max(0, Math.floor(message.count));
    void chrome.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
    if (count > 0) void chrome.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
    return false;
  }
  return false;
});

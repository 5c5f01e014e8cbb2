/**
 * Placeholder, replaced by ext-ui (who owns this file): asks the background for the page's
 * annotations and reports their number for the badge, so the shell builds and loads.
 */
import type { LoadRequest, LoadResponse } from './messages.ts';

const request: LoadRequest = { type: 'factcheck:load', url: location.href };
chrome.runtime.sendMessage(request).then((response: LoadResponse) => {
  if (!response.ok) return;
  const collection = response.collection as { total?: unknown };
  const count = typeof collection.total === 'number' ? collection.total : 0;
  void chrome.runtime.sendMessage({ type: 'factcheck:count', count });
});

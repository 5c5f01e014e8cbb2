/**
 * Pages that render their article after the content script runs (a script fills the body, a
 * "continue reading" button expands it): while claims are still missing, the page is watched for a
 * while, and each burst of changes leads to one more attempt to find them.
 */

/** How long a page is watched: enough for a slow script-rendered article, short enough to cost nothing later. */
export const LATE_TEXT_WATCH_MS = 15_000;
/** Changes closer together than this are one burst: an article is inserted in several steps. */
const SETTLE_MS = 300;

/**
 * Calls `retry` after each burst of changes under `root` until it returns true (nothing left to find)
 * or the time is up. Changes `retry` itself makes (highlights) are not watched.
 */
export function watchForLateText(root: Node, retry: () => boolean, watchMs = LATE_TEXT_WATCH_MS): void {
  const view = root.ownerDocument?.defaultView ?? globalThis;
  const options: MutationObserverInit = { childList: true, subtree: true, characterData: true };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(attempt, SETTLE_MS);
  });
  const stop = () => {
    clearTimeout(timer);
    observer.disconnect();
  };
  const attempt = () => {
    observer.disconnect();
    const done = retry();
    observer.takeRecords();
    if (!done) observer.observe(root, options);
    else stop();
  };
  observer.observe(root, options);
  view.setTimeout(stop, watchMs);
}

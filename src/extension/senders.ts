/**
 * Who may talk to whom. Web pages cannot message an extension that declares no `externally_connectable`, but
 * another extension can send to any extension's runtime, and a compromised renderer can forge messages from
 * its tab: each listener answers only the part of this extension that is meant to ask it.
 * @see https://developer.chrome.com/docs/extensions/develop/security-privacy/stay-secure#content_scripts
 */

/** What a listener knows of the sender (`chrome.runtime.MessageSender`), reduced to what is checked here. */
export interface Sender {
  readonly id?: string | undefined;
  readonly url?: string | undefined;
  readonly tab?: unknown;
}

/** The background: messages from this extension only (its content scripts, its own pages). */
export function fromThisExtension(sender: Sender, runtimeId: string): boolean {
  return sender.id === runtimeId;
}

/** The content script: messages from this extension's popup only, never from a tab (another content script). */
export function fromThisPopup(sender: Sender, runtimeId: string, popupUrl: string): boolean {
  return sender.id === runtimeId && sender.tab === undefined && (sender.url ?? '').split(/[?#]/)[0] === popupUrl;
}

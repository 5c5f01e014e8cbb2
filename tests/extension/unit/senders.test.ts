import { describe, expect, it } from 'vitest';
import { fromThisExtension, fromThisPopup } from '../../../src/extension/senders.ts';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const POPUP = `chrome-extension://${ID}/popup.html`;

describe('message senders', () => {
  it('lets the background answer this extension only', () => {
    expect(fromThisExtension({ id: ID, tab: { id: 3 }, url: 'https://news.example/a' }, ID)).toBe(true);
    expect(fromThisExtension({ id: 'another-extension', tab: { id: 3 } }, ID)).toBe(false);
    expect(fromThisExtension({}, ID)).toBe(false);
  });

  it('lets the content script answer this extension’s popup only, never a tab or another extension', () => {
    expect(fromThisPopup({ id: ID, url: POPUP }, ID, POPUP)).toBe(true);
    expect(fromThisPopup({ id: ID, url: `${POPUP}#x` }, ID, POPUP)).toBe(true);
    // Another content script of ours, in some tab: not the popup.
    expect(fromThisPopup({ id: ID, url: 'https://news.example/a', tab: { id: 3 } }, ID, POPUP)).toBe(false);
    expect(fromThisPopup({ id: ID, url: POPUP, tab: { id: 3 } }, ID, POPUP)).toBe(false);
    expect(fromThisPopup({ id: 'another-extension', url: POPUP }, ID, POPUP)).toBe(false);
    expect(fromThisPopup({ id: ID, url: `chrome-extension://${ID}/other.html` }, ID, POPUP)).toBe(false);
  });
});

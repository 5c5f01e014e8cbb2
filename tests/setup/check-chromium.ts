/** Browser tests need Debian's Chromium (and Firefox ESR for the extension); say how to get them. */
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH } from '../support/browser.ts';
import { FIREFOX_PATH } from '../extension/browser/firefox-path.ts';

export default function setup() {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. ` +
        'Install it with: apt-get update && apt-get install -y chromium (or set CHROMIUM_PATH).',
    );
  }
  if (!existsSync(FIREFOX_PATH)) {
    throw new Error(
      `Firefox ESR not found at ${FIREFOX_PATH}. ` +
        'Install it with: apt-get update && apt-get install -y firefox-esr (or set FIREFOX_PATH).',
    );
  }
}

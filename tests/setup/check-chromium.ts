/** Browser tests need Debian's Chromium; say how to get it instead of failing obscurely. */
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH } from '../support/browser.ts';

export default function setup() {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. ` +
        'Install it with: apt-get update && apt-get install -y chromium (or set CHROMIUM_PATH).',
    );
  }
}

/**
 * The extension's English words, as the site's build hands them to `buildExtension` and esbuild writes them into the
 * content script and popup (src/extension/words.ts). Importing this module also sets the global those bundles read,
 * so unit tests can run the extension's modules unbundled.
 */
import { EXTENSION_MESSAGE_KEYS, WORDS_GLOBAL } from '../../src/extension/words.ts';
import { translator } from '../../src/i18n/index.ts';

export const ENGLISH_EXTENSION_WORDS = translator('en').pick(EXTENSION_MESSAGE_KEYS, 'long');

Object.assign(globalThis, { [WORDS_GLOBAL]: ENGLISH_EXTENSION_WORDS });

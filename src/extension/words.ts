/**
 * The extension's words: the popover on a checked article, the highlights' names and the toolbar popup. The build
 * picks them from the site's interface table (`EXTENSION_MESSAGE_KEYS`) and esbuild writes them into the bundles
 * that say something (content script, popup) in place of `__FACTCHECK_EXTENSION_WORDS__` (build.ts), so the
 * extension speaks the site's language and carries no table; they are formatted by the same rules as the site's
 * pages (src/i18n/format.ts).
 */
import type { MessageKey } from '../i18n/index.ts';
import { formatDate, formatMessage, messageParts, type ClientWords, type Params } from '../i18n/format.ts';

export const EXTENSION_MESSAGE_KEYS = [
  'extension.popover.title',
  'extension.popover.flags',
  'extension.popover.checkedBy',
  'extension.popover.close',
  'extension.siteFallback',
  'extension.fullCheck',
  'extension.notRated',
  'extension.highlight.label',
  'extension.popup.title',
  'extension.popup.looking',
  'extension.popup.none',
  'extension.popup.bundled',
  'extension.popup.claims',
  'extension.popup.status',
  'extension.popup.status.orphans',
  'extension.popup.onPage',
  'extension.popup.notFound',
  'extension.popup.orphanNote',
  'extension.popup.show',
] as const satisfies readonly MessageKey[];

export type ExtensionMessageKey = (typeof EXTENSION_MESSAGE_KEYS)[number];
/** The words with the language and how it writes a day in a sentence (`t.pick(EXTENSION_MESSAGE_KEYS, 'long')`). */
export type ExtensionWords = ClientWords<ExtensionMessageKey>;

/** The global esbuild replaces with the words; only build.ts and `extensionText()` name it. */
export const WORDS_GLOBAL = '__FACTCHECK_EXTENSION_WORDS__';

declare const __FACTCHECK_EXTENSION_WORDS__: ExtensionWords;

export interface ExtensionText {
  (key: ExtensionMessageKey, params?: Params): string;
  readonly language: string;
  /** The message with elements in some placeholders, in the language's order (`messageParts`). */
  parts<Part>(key: ExtensionMessageKey, values: Readonly<Record<string, string | number | Part>>): (string | Part)[];
  date(iso: string): string;
}

/** The words baked into this bundle, ready to format; a test passes its own. */
export function extensionText(words: ExtensionWords = __FACTCHECK_EXTENSION_WORDS__): ExtensionText {
  const { language, messages } = words;
  return Object.assign((key: ExtensionMessageKey, params?: Params) => formatMessage(messages[key], language, params), {
    language,
    parts: <Part>(key: ExtensionMessageKey, values: Readonly<Record<string, string | number | Part>>) =>
      messageParts(messages[key], language, values),
    date: (iso: string) => formatDate(iso, language, words.dates),
  });
}

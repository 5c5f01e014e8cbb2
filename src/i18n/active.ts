/**
 * The one place that reads which interface language the site is built in: the site's `language` option, handed
 * over by the integration (and by the tools' options loader) through a process-wide global, as the site data is:
 * pages are rendered in this process by Vite's copy of this module, which must see the same language. English
 * until then. Pages, components and view models ask here, never the configuration, and ask on each use rather
 * than at import, so a test can render the same component in another language.
 */
import { isLanguage, LANGUAGES, translator, type Language, type Translate } from './index.ts';

const HANDOVER_KEY = Symbol.for('factcheck:interface-language');
const handover = globalThis as unknown as Record<symbol, Language | undefined>;

/** Sets the interface language from the site's `language` option; refuses one without a table. */
export function useInterfaceLanguage(language: string): void {
  if (!isLanguage(language)) {
    throw new Error(`Unexpected interface language "${language}", expected one of ${LANGUAGES.join(', ')}`);
  }
  handover[HANDOVER_KEY] = language;
}

export function interfaceLanguage(): Language {
  return handover[HANDOVER_KEY] ?? 'en';
}

/** `t(key, params)` in the interface language. */
export const activeTranslator = (): Translate => translator(interfaceLanguage());

/**
 * The one place that reads which interface language the site is built in. Today that is `SITE.lang`; when the
 * integration takes options (issue 24, item 1) this module reads the option instead and nothing else changes.
 * Pages, components and view models ask here, never the configuration, and ask on each use rather than at import,
 * so a test can render the same component in another language.
 */
import { SITE } from '../site.config.ts';
import { isLanguage, LANGUAGES, translator, type Language, type Translate } from './index.ts';

export function interfaceLanguage(): Language {
  const language: string = SITE.lang;
  if (!isLanguage(language)) {
    throw new Error(`Unexpected interface language "${language}", expected one of ${LANGUAGES.join(', ')}`);
  }
  return language;
}

/** `t(key, params)` in the interface language. */
export const activeTranslator = (): Translate => translator(interfaceLanguage());

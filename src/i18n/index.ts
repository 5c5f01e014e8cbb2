/**
 * The interface's words in each language: one table per language (`en.ts`, `es.ts`, typed so a table cannot
 * miss a key of the English one) and `translator(language)`, which returns `t(key, params)`. Messages are
 * formatted by format.ts: placeholders, plural forms (`Intl.PluralRules`), numbers and dates (`Intl`).
 * Source text, claims, explanations and everything else editors write are never in these tables.
 */
import { en, type MessageKey, type Table } from './en.ts';
import { es } from './es.ts';
import {
  formatDate,
  formatMessage,
  formatNumber,
  messageParts,
  type ClientWords,
  type Message,
  type Params,
} from './format.ts';

export type { MessageKey, Table } from './en.ts';
export type { ClientWords, Message, Params } from './format.ts';

/** The interface languages shipped, each with its table. */
export const TABLES = { en, es } as const satisfies Readonly<Record<string, Table>>;
export type Language = keyof typeof TABLES;
export const LANGUAGES = Object.keys(TABLES) as Language[];

export const isLanguage = (value: string): value is Language => Object.hasOwn(TABLES, value);

/** `t(key, params)`: the message for `key` in the translator's language, with its placeholders filled. */
export interface Translate {
  (key: MessageKey, params?: Params): string;
  readonly language: Language;
  /** The message with elements (a link, a date) in placeholders: text and those elements, in the language's order. */
  parts<Part>(key: MessageKey, values: Readonly<Record<string, string | number | Part>>): (string | Part)[];
  /** A YYYY-MM-DD day as the language writes it. */
  date(iso: string): string;
  number(value: number): string;
  /**
   * These keys' messages, unformatted, with the language and how it writes days (`long`: in a sentence): what a
   * browser script is handed.
   */
  pick<Key extends MessageKey>(keys: readonly Key[], dates?: 'short' | 'long'): ClientWords<Key>;
}

const translators = new Map<Language, Translate>();

export function translator(language: Language): Translate {
  const known = translators.get(language);
  if (known) return known;
  const table = TABLES[language];
  const message = (key: MessageKey) => {
    const found = table.messages[key];
    if (found === undefined) throw new Error(`No "${key}" in the ${language} interface table`);
    return found;
  };
  const t = Object.assign((key: MessageKey, params?: Params) => formatMessage(message(key), language, params), {
    language,
    parts: <Part>(key: MessageKey, values: Readonly<Record<string, string | number | Part>>) =>
      messageParts(message(key), language, values),
    date: (iso: string) => formatDate(iso, language, table.dates),
    number: (value: number) => formatNumber(value, language),
    pick: <Key extends MessageKey>(keys: readonly Key[], dates: 'short' | 'long' = 'short') => ({
      language,
      dates: dates === 'long' ? table.longDates : table.dates,
      messages: Object.fromEntries(keys.map((key) => [key, message(key)])) as Record<Key, Message>,
    }),
  });
  translators.set(language, t);
  return t;
}

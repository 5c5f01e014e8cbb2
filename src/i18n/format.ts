/**
 * How a message becomes text, without any table: `{name}` placeholders filled, the plural form chosen by
 * `Intl.PluralRules`, numbers and dates written by `Intl` for the language. Kept apart from the tables so a
 * script that runs in the browser (the search page) can format the few messages its page hands it without
 * bundling every language.
 * @see https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Intl/PluralRules
 */

/**
 * A message's forms by plural category (`one`, `other`, …; `other` is the one every language has), and `none` for
 * exactly zero where a language says it in other words ("No results" rather than "0 results").
 */
export interface PluralForms {
  readonly none?: string;
  readonly zero?: string;
  readonly one?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}

/** One entry of a table: text with `{name}` placeholders, or forms chosen by the `count` parameter. */
export type Message = string | PluralForms;

/** Values for a message's placeholders; numbers are written with `Intl.NumberFormat`. */
export type Params = Readonly<Record<string, string | number>>;

/**
 * How a language writes a day: `iso` keeps the site's YYYY-MM-DD (the parts still come from `Intl`), otherwise
 * `Intl.DateTimeFormat` options such as `{ day: 'numeric', month: 'long', year: 'numeric' }`, with `locale` where the
 * language's default order is not the one wanted (`en-GB` writes "2 December 2026", `en` "December 2, 2026").
 */
export type DateStyle = 'iso' | (Intl.DateTimeFormatOptions & { readonly locale?: string });

/** Some of a table's messages with what formatting them needs: what a page hands a script that runs in the browser. */
export interface ClientWords<Key extends string> {
  readonly language: string;
  readonly dates: DateStyle;
  readonly messages: Readonly<Record<Key, Message>>;
}

const PLACEHOLDER = /\{(\w+)\}/g;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

function cached<T>(cache: Map<string, T>, language: string, make: () => T): T {
  let value = cache.get(language);
  if (value === undefined) cache.set(language, (value = make()));
  return value;
}

export const formatNumber = (value: number, language: string) =>
  cached(numberFormats, language, () => new Intl.NumberFormat(language)).format(value);

/** The form of `message` for `params.count` in `language`; a plain string is its own only form. */
export function messageForm(message: Message, language: string, params: Params | undefined): string {
  if (typeof message === 'string') return message;
  const count = params?.['count'];
  if (typeof count !== 'number') throw new Error(`A plural message needs a numeric {count}: "${message.other}"`);
  if (count === 0 && message.none !== undefined) return message.none;
  const category = cached(pluralRules, language, () => new Intl.PluralRules(language)).select(count);
  return message[category] ?? message.other;
}

/** The message with every placeholder filled; a placeholder without a value is an error in the calling code. */
export function formatMessage(message: Message, language: string, params?: Params): string {
  return messageForm(message, language, params).replace(PLACEHOLDER, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined) throw new Error(`Missing {${name}} for "${messageForm(message, language, params)}"`);
    return typeof value === 'number' ? formatNumber(value, language) : value;
  });
}

/**
 * The message with elements in some placeholders: `Read {link}.` with `{ link: <a>…</a> }` gives
 * `['Read ', <a>…</a>, '.']`, so a component puts a link where each language's words put it. Strings and numbers
 * are written into the text as `formatMessage` writes them; any other value stays a part of its own.
 */
export function messageParts<Part>(
  message: Message,
  language: string,
  values: Readonly<Record<string, string | number | Part>>,
): (string | Part)[] {
  const parts: (string | Part)[] = [];
  const form = messageForm(message, language, values as Params);
  let text = '';
  let last = 0;
  for (const match of form.matchAll(PLACEHOLDER)) {
    const name = match[1]!;
    const value = values[name];
    if (value === undefined) throw new Error(`Missing {${name}} for "${form}"`);
    text += form.slice(last, match.index);
    last = match.index + match[0].length;
    if (typeof value === 'string' || typeof value === 'number') {
      text += typeof value === 'number' ? formatNumber(value, language) : value;
      continue;
    }
    if (text) parts.push(text);
    parts.push(value);
    text = '';
  }
  text += form.slice(last);
  if (text) parts.push(text);
  return parts;
}

/** A YYYY-MM-DD day as the language writes it; any other text (a partial date) as it is. */
export function formatDate(iso: string, language: string, style: DateStyle): string {
  const match = ISO_DAY.exec(iso);
  if (!match) return iso;
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  // 2026-02-30 is not a day: Date would roll it into March.
  if (Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== iso) return iso;
  if (style !== 'iso') {
    const { locale, ...options } = style;
    return new Intl.DateTimeFormat(locale ?? language, { ...options, timeZone: 'UTC' }).format(day);
  }
  const parts = new Intl.DateTimeFormat('en', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone: 'UTC',
  }).formatToParts(day);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((entry) => entry.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}

/** The words of the English interface table, to tell that a page in another language shows none of them. */
import { en } from '../../src/i18n/en.ts';

const words = (value: string) => value.toLowerCase().match(/\p{L}{3,}/gu) ?? [];

const VOCABULARY = new Set(
  Object.values(en.messages)
    .flatMap((message) => (typeof message === 'string' ? [message] : Object.values(message)))
    .flatMap((message) => words(message.replace(/\{\w+\}/g, ' '))),
);

/** Words both languages write alike, and names of formats. */
const SHARED = ['json', 'csl', 'rss', 'web', 'original', 'error'];

/** English words of the interface tables found in `text`, apart from `allowed` (names both languages share). */
export function englishWords(text: string, allowed: readonly string[] = []): string[] {
  const allow = new Set([...allowed.flatMap(words), ...SHARED]);
  return [...new Set(words(text).filter((word) => VOCABULARY.has(word) && !allow.has(word)))];
}

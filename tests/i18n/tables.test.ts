import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { es } from '../../src/i18n/es.ts';
import type { Message } from '../../src/i18n/format.ts';
import { TABLES } from '../../src/i18n/index.ts';

/** Every text of a message: the string, or each plural form. */
const forms = (message: Message): string[] => (typeof message === 'string' ? [message] : Object.values(message));
const placeholders = (message: Message) =>
  [...new Set(forms(message).flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1])))].sort();
/** The words of a message, lower-cased, without its placeholders and paths; one- and two-letter words aside. */
const words = (message: Message) =>
  forms(message).flatMap((text) =>
    (
      text
        .replace(/\{\w+\}|\/[\w/.-]+/g, ' ')
        .toLowerCase()
        .match(/\p{L}+/gu) ?? []
    ).filter((word) => word.length > 2),
  );

/**
 * English words a Spanish message may hold: names of products, formats and standards, which Spanish writes the same
 * way, and words that are Spanish too (`use` is a form of "usar").
 */
const SHARED_WORDS = new Set([
  ...['amp', 'brave', 'chrome', 'chromium', 'claimreview', 'csl', 'edge', 'firefox', 'http', 'javascript', 'json'],
  ...['rss', 'zip'],
  ...['error', 'material', 'original', 'software', 'use', 'web'],
]);

describe('interface tables', () => {
  const english = Object.entries(en.messages);

  it('gives every language the English keys and no others', () => {
    for (const table of Object.values(TABLES)) {
      expect(Object.keys(table.messages).sort()).toEqual(Object.keys(en.messages).sort());
    }
  });

  it('keeps each message’s placeholders in every language, so no value goes missing or unused', () => {
    for (const table of Object.values(TABLES)) {
      for (const [key, message] of english) {
        expect([key, placeholders(table.messages[key as keyof typeof en.messages])]).toEqual([
          key,
          placeholders(message),
        ]);
      }
    }
  });

  it('gives every plural message the `other` form each language has', () => {
    for (const table of Object.values(TABLES)) {
      for (const message of Object.values(table.messages)) {
        if (typeof message !== 'string') expect(message.other).toEqual(expect.any(String));
      }
    }
  });

  it('has no English interface word in a Spanish message, apart from shared names', () => {
    const vocabulary = new Set(english.flatMap(([, message]) => words(message)));
    const found = Object.entries(es.messages).flatMap(([key, message]) =>
      words(message)
        .filter((word) => vocabulary.has(word) && !SHARED_WORDS.has(word))
        .map((word) => `${key}: ${word}`),
    );
    expect(found).toEqual([]);
  });
});

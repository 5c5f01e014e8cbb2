import { describe, expect, it } from 'vitest';
import { formatDate, formatMessage, messageParts } from '../../src/i18n/format.ts';
import { isLanguage, translator } from '../../src/i18n/index.ts';
import { enclosingSentences, sentenceRanges } from '../../src/annotations/index.ts';

const en = translator('en');
const es = translator('es');

describe('translator', () => {
  it('fills placeholders and picks the plural form by the language’s rules', () => {
    expect(en('home.claimsChecked', { count: 1 })).toBe('1 claim checked');
    expect(en('home.claimsChecked', { count: 26 })).toBe('26 claims checked');
    expect(es('home.claimsChecked', { count: 1 })).toBe('1 afirmación verificada');
    expect(es('home.claimsChecked', { count: 0 })).toBe('0 afirmaciones verificadas');
  });

  it('says exactly zero in its own words where the message has a `none` form', () => {
    expect(en('search.status.query', { count: 0, query: '“x”' })).toBe('No results for “x”.');
    expect(en('search.status.query', { count: 2, query: '“x”' })).toBe('2 results for “x”.');
    expect(es('search.status.query', { count: 0, query: '«x»' })).toBe('Ningún resultado para «x».');
  });

  it('writes numbers as the language does', () => {
    expect(en('verdicts.claims', { count: 25_000 })).toBe('25,000 claims');
    expect(es('verdicts.claims', { count: 25_000 })).toBe('25.000 afirmaciones');
    // Spanish groups thousands only from five digits on.
    expect(es.number(1_000)).toBe('1000');
  });

  it('writes days in the site’s YYYY-MM-DD in English and in words in Spanish, and leaves other text alone', () => {
    expect(en.date('2026-11-25')).toBe('2026-11-25');
    expect(es.date('2026-11-25')).toBe('25 de noviembre de 2026');
    expect(en.date('2026-02-30')).toBe('2026-02-30');
    expect(es.date('unknown')).toBe('unknown');
    expect(formatDate('2026-12-02', 'en', { locale: 'en-GB', day: 'numeric', month: 'long', year: 'numeric' })).toBe(
      '2 December 2026',
    );
  });

  it('puts elements where the language’s words put their placeholders', () => {
    const link = { element: 'a' };
    expect(en.parts('layout.footer.corrections', { link })).toEqual([
      'Every claim links to the documents it rests on. Found an error? Read ',
      link,
      '.',
    ]);
    expect(es.parts('corrections.verdictChanged', { before: 'B', after: { badge: 'A' } })).toEqual([
      'El veredicto pasó de B a ',
      { badge: 'A' },
    ]);
    expect(messageParts('{a}{b}', 'en', { a: { x: 1 }, b: 2 })).toEqual([{ x: 1 }, '2']);
  });

  it('fails loudly on a placeholder without a value and a plural without a count', () => {
    expect(() => en('notFound.title', {})).not.toThrow();
    expect(() => en('claim.kicker', { number: 1 })).toThrow('Missing {source}');
    expect(() => formatMessage({ one: 'a', other: 'b' }, 'en')).toThrow('numeric {count}');
  });

  it('knows the languages it ships', () => {
    expect(isLanguage('es')).toBe(true);
    expect(isLanguage('fr')).toBe(false);
    expect(isLanguage('constructor')).toBe(false);
  });
});

describe('sentences in the interface language', () => {
  it('splits Spanish at its own punctuation, opening question marks included', () => {
    const text = 'Dijo que sí. ¿Es cierto? No lo es.';
    const sentences = sentenceRanges(text, 'es').map(({ start, end }) => text.slice(start, end));
    expect(sentences).toEqual(['Dijo que sí.', '¿Es cierto?', 'No lo es.']);
    const start = text.indexOf('cierto');
    expect(enclosingSentences(text, { start, end: start + 6 }, 'es')).toEqual({ start: 13, end: 24 });
  });
});

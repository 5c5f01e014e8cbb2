import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { isWhollyQuoted, quoteForDisplay } from '../../src/domain/quote-text.ts';
import { ROOT } from '../support/fixture-case.ts';

describe('quoteForDisplay', () => {
  it('wraps a plain quote in one pair of curly quotation marks', () => {
    expect(quoteForDisplay('Crime fell by half.')).toBe('“Crime fell by half.”');
  });

  it('keeps the quotation marks of a quote that is wrapped whole, adding none', () => {
    expect(quoteForDisplay('“We don’t want that.”')).toBe('“We don’t want that.”');
    expect(quoteForDisplay('"We don’t want that."')).toBe('“We don’t want that.”');
  });

  it('turns double marks inside into single ones when the quote is not wrapped whole', () => {
    expect(quoteForDisplay('“For many years,” the director said.')).toBe('“‘For many years,’ the director said.”');
    expect(quoteForDisplay('As reported, “Besides an exception, no.”')).toBe(
      '“As reported, ‘Besides an exception, no.’”',
    );
    expect(quoteForDisplay('“Yes,” he said, “no.”')).toBe('“‘Yes,’ he said, ‘no.’”');
    expect(quoteForDisplay('the "sanctuary" label')).toBe('“the ‘sanctuary’ label”');
  });

  it('folds whitespace and shortens inside the marks, so a cut quote still closes', () => {
    expect(quoteForDisplay('  one\n two  ')).toBe('“one two”');
    const long = `“${'word '.repeat(30).trim()}.”`;
    const shown = quoteForDisplay(long, 20);
    expect(shown).toMatch(/^“word( word)*…”$/);
    expect(shown.length).toBeLessThanOrEqual(20 + 3);
  });

  it('never prints two opening or two closing double marks for any quote in the content', () => {
    const quotes = (readdirSync(path.join(ROOT, 'content/claims'), { recursive: true }) as string[])
      .filter((file) => file.endsWith('.mdx'))
      .map((file) => readFileSync(path.join(ROOT, 'content/claims', file), 'utf8'))
      .map((text) => String(parse(text.split('\n---\n')[0]!.replace(/^---\n/, '')).quote));
    expect(quotes.some((quote) => quote.startsWith('“'))).toBe(true);
    for (const quote of quotes) {
      for (const max of [undefined, 60]) {
        const shown = quoteForDisplay(quote, max);
        expect(shown, quote).not.toMatch(/““|””/);
        expect(shown.startsWith('“') && shown.endsWith('”'), quote).toBe(true);
      }
    }
  });
});

describe('isWhollyQuoted', () => {
  it('is true only when the first mark is closed by the last', () => {
    expect(isWhollyQuoted('“A.”')).toBe(true);
    expect(isWhollyQuoted('“A “b” c.”')).toBe(true);
    expect(isWhollyQuoted('“A,” he said, “B.”')).toBe(false);
    expect(isWhollyQuoted('“A,” he said.')).toBe(false);
    expect(isWhollyQuoted('"A" and "B"')).toBe(false);
    expect(isWhollyQuoted('“')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import {
  EXACT_MAX_CHARS,
  encodeTextDirectiveTerm,
  excerptFragment,
  findTextDirective,
  formatTextDirective,
  textDirectiveFor,
  textFragment,
} from '../../src/annotations/text-fragment.ts';

const URL_ = 'https://news.example/2024/story';

/** The quote's offsets in `text`: its `occurrence`-th appearance (0-based). */
function quoteAt(text: string, quote: string, occurrence = 0) {
  let start = -1;
  for (let seen = 0; seen <= occurrence; seen += 1) start = text.indexOf(quote, start + 1);
  if (start === -1) throw new Error(`quote not in text: ${quote}`);
  return { text, start, end: start + quote.length };
}

/** Where the directive built for a quote lands, as text: the browser scrolls to the first match. */
function landsOn(quote: { text: string; start: number; end: number }) {
  const directive = textDirectiveFor(quote)!;
  const [first] = findTextDirective(quote.text, directive);
  return first && { start: first.start, end: first.end };
}

describe('the spec’s own examples', () => {
  // @see https://wicg.github.io/scroll-to-text-fragment/#syntax
  it('"#:~:text=an%20example%20text%20fragment" is the exact text "an example text fragment"', () => {
    expect(formatTextDirective({ textStart: 'an example text fragment' })).toBe('text=an%20example%20text%20fragment');
    const text = 'This is an example text fragment, in a page.';
    expect(textFragment(quoteAt(text, 'an example text fragment'), { url: URL_ })).toBe(
      `${URL_}#:~:text=an%20example%20text%20fragment`,
    );
  });

  it('"#:~:text=an%20example,text%20fragment": from "an example" to the following "text fragment"', () => {
    expect(formatTextDirective({ textStart: 'an example', textEnd: 'text fragment' })).toBe(
      'text=an%20example,text%20fragment',
    );
    const text = 'Before: an example of a long text fragment here.';
    const [match] = findTextDirective(text, { textStart: 'an example', textEnd: 'text fragment' });
    expect(text.slice(match!.start, match!.end)).toBe('an example of a long text fragment');
  });

  it('"#:~:text=this%20is-,an%20example,-text%20fragment" matches in "this is an example text fragment" only', () => {
    const directive = { prefix: 'this is', textStart: 'an example', suffix: 'text fragment' };
    expect(formatTextDirective(directive)).toBe('text=this%20is-,an%20example,-text%20fragment');
    const text = 'here is an example text\n\nthis is an example text fragment';
    const found = findTextDirective(text, directive);
    expect(found).toEqual([{ start: text.lastIndexOf('an example'), end: text.lastIndexOf('an example') + 10 }]);
  });

  it('encodes the BiDi example: البحرين becomes "%D8%A7%D9%84%D8%A8%D8%AD%D8%B1%D9%8A%D9%86"', () => {
    expect(encodeTextDirectiveTerm('البحرين')).toBe('%D8%A7%D9%84%D8%A8%D8%AD%D8%B1%D9%8A%D9%86');
    // The spec shows مِصر with a kasra but encodes it without one ("%D9%85%D8%B5%D8%B1"): we encode مصر.
    expect(formatTextDirective({ prefix: 'البحرين', textStart: 'مصر' })).toBe(
      'text=%D8%A7%D9%84%D8%A8%D8%AD%D8%B1%D9%8A%D9%86-,%D9%85%D8%B5%D8%B1',
    );
  });
});

describe('percent-encoding a term', () => {
  const quote = 'Long-time “sanctuary” rules, 5% & more — café';
  const ENCODED = 'Long%2Dtime%20%E2%80%9Csanctuary%E2%80%9D%20rules%2C%205%25%20%26%20more%20%E2%80%94%20caf%C3%A9';

  it('encodes -, ",", &, %, curly quotes and non-ASCII as UTF-8 percent escapes', () => {
    expect(encodeTextDirectiveTerm(quote)).toBe(ENCODED);
  });

  it('leaves only the spec’s TextDirectiveExplicitChar set and %XX escapes, and decodes back to the text', () => {
    const encoded = encodeTextDirectiveTerm(`${quote} it's (a) !$*+./:;=?@_~ test`);
    expect(encoded).toMatch(/^(?:[A-Za-z0-9!$'()*+./:;=?@_~]|%[0-9A-F]{2})+$/);
    expect(encoded).not.toMatch(/[-,&]/);
    expect(decodeURIComponent(encoded)).toBe(`${quote} it's (a) !$*+./:;=?@_~ test`);
  });

  it('builds the link from a quote with those characters, whitespace collapsed, own fragment dropped', () => {
    const text = `The council said:\n\n“The ${quote.replace(' rules,', '\n  rules,')} is law,” she said.`;
    const start = text.indexOf('Long-time');
    const end = text.indexOf('café') + 4;
    expect(textFragment({ text, start, end }, { url: `${URL_}#comments` })).toBe(`${URL_}#:~:text=${ENCODED}`);
  });
});

describe('picking the right occurrence', () => {
  const text = [
    'The mayor said the city will not honor detainers. Critics disagreed.',
    'Later, the governor said the city will not honor detainers. Critics disagreed, and the council agreed.',
    'the city will not honor detainers',
  ].join('\n\n');

  it('adds no context when the quote’s words occur once', () => {
    expect(textDirectiveFor(quoteAt(text, 'the governor'))).toEqual({ textStart: 'the governor' });
  });

  it('adds a prefix from the same paragraph when the words occur more than once', () => {
    const quote = quoteAt(text, 'the city will not honor detainers', 1);
    expect(textDirectiveFor(quote)).toEqual({
      textStart: 'the city will not honor detainers',
      prefix: 'governor said',
    });
    expect(landsOn(quote)).toEqual({ start: quote.start, end: quote.end });
  });

  it('pins even the first occurrence, so other copies on the page cannot take it', () => {
    const quote = quoteAt(text, 'the city will not honor detainers', 0);
    const directive = textDirectiveFor(quote)!;
    expect(directive.prefix ?? directive.suffix).toBeDefined();
    expect(findTextDirective(text, directive)).toEqual([{ start: quote.start, end: quote.end }]);
  });

  it('uses a suffix, not a prefix across a paragraph break, for a quote that opens its paragraph', () => {
    const repeated = 'Detainers are requests. Detainers are requests, not warrants.\n\nDetainers are requests.';
    const quote = quoteAt(repeated, 'Detainers are requests', 0);
    const directive = textDirectiveFor(quote)!;
    expect(directive).toEqual({ textStart: 'Detainers are requests', prefix: undefined, suffix: '. Detainers' });
    expect(landsOn(quote)).toEqual({ start: quote.start, end: quote.end });
  });

  it('borrows the previous paragraph’s last words only when the quote is a whole paragraph', () => {
    const quote = quoteAt(text, 'the city will not honor detainers', 2);
    expect(textDirectiveFor(quote)).toMatchObject({
      textStart: 'the city will not honor detainers',
      prefix: 'agreed.',
    });
    expect(landsOn(quote)).toEqual({ start: quote.start, end: quote.end });
  });
});

describe('the range form', () => {
  const sentence = 'Officers may not hold a person for immigration agents without a judicial warrant. ';
  const long = sentence.repeat(4).trim();

  it(`names a quote over ${EXACT_MAX_CHARS} characters by its first and last words`, () => {
    const text = `Intro words here. ${long} Closing words.`;
    const quote = quoteAt(text, long);
    expect(long.length).toBeGreaterThan(EXACT_MAX_CHARS);
    const directive = textDirectiveFor(quote)!;
    expect(directive.textEnd).toBeDefined();
    expect(directive.textStart.split(' ').length).toBeLessThanOrEqual(10);
    expect(landsOn(quote)).toEqual({ start: quote.start, end: quote.end });
    const url = textFragment(quote, { url: URL_ })!;
    expect(url.length).toBeLessThan(URL_.length + 250);
  });

  it('keeps a short quote whole', () => {
    const text = `Intro. ${sentence}`;
    expect(textDirectiveFor(quoteAt(text, sentence.trim()))?.textEnd).toBeUndefined();
  });

  it('splits a quote across a paragraph break at the break: textStart before it, textEnd after it', () => {
    const text = [
      'The ordinance passed on Wednesday.',
      'It bars officers from sharing data with ICE.\r\n\r\nCritics say it   will\nhurt public safety.',
      'Supporters disagree.',
    ].join('\n\n');
    const start = text.indexOf('It bars');
    const end = text.indexOf('public safety.') + 'public safety.'.length;
    const directive = textDirectiveFor({ text, start, end })!;
    expect(directive).toEqual({ textStart: 'It bars officers from', textEnd: 'will hurt public safety.' });
    expect(formatTextDirective(directive)).toBe('text=It%20bars%20officers%20from,will%20hurt%20public%20safety.');
    expect(landsOn({ text, start, end })).toEqual({ start, end });
  });

  it('lengthens textEnd until its first match after textStart is the quote’s own end', () => {
    const text = [
      'Police said the law is clear. The law is clear, they said, and it is enforced.',
      'The law is clear.',
    ].join('\n\n');
    const start = text.indexOf('Police said');
    const end = text.length;
    const directive = textDirectiveFor({ text, start, end })!;
    expect(directive.textEnd).toBeDefined();
    expect(landsOn({ text, start, end })).toEqual({ start, end });
  });

  it('returns nothing for a blank quote', () => {
    expect(textFragment({ text: 'a\n\n  \n\nb', start: 1, end: 6 }, { url: URL_ })).toBeUndefined();
  });
});

describe('a citation’s excerpt', () => {
  it('is the excerpt itself when short', () => {
    expect(excerptFragment(URL_, 'Sanctuary policies had no detectable effect on crime rates.')).toBe(
      `${URL_}#:~:text=Sanctuary%20policies%20had%20no%20detectable%20effect%20on%20crime%20rates.`,
    );
  });

  it('is a range across line breaks and past the length limit, without context', () => {
    const excerpt = 'First block of the cited page.\nSecond block ends, here and now.';
    expect(excerptFragment(URL_, excerpt)).toBe(`${URL_}#:~:text=First%20block%20of%20the,ends%2C%20here%20and%20now.`);
    const long = 'word '.repeat(80).trim();
    expect(excerptFragment(URL_, long)).toBe(`${URL_}#:~:text=word%20word%20word%20word,word%20word%20word%20word`);
  });
});

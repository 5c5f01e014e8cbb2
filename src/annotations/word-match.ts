/**
 * Word-only matching, the words rung of the ladder (anchor.ts): text reduced to its words (letters, digits
 * and combining marks) with one space between them, so punctuation and spacing a publisher changed
 * (`--` for a dash, `. . .` for an ellipsis, a quote mark dropped) no longer matter, while every
 * letter of every word still must.
 */

/** A word: letters, digits and combining marks (a surrogate half counts, so astral letters stay whole). */
const WORD = /[\p{L}\p{N}\p{M}\uD800-\uDFFF]+/gu;

/** The words of `text`, separated by single spaces. */
export function wordsOf(text: string): string {
  return text
    .split(/[^\p{L}\p{N}\p{M}\uD800-\uDFFF]+/u)
    .filter((word) => word !== '')
    .join(' ');
}

/**
 * The quote's words in the page's folded text with punctuation and spacing ignored: both are reduced
 * to letters and digits with one space for every run of anything else, so `a -- b`, `a—b` and `a – b`
 * read the same, but no word can gain, lose or change a letter.
 */
export class WordMatcher {
  private readonly words: string;
  /** `foldedAt[i]`: the folded-text index of word-text character `i`. */
  private readonly foldedAt: number[];

  private readonly folded: string;

  constructor(folded: string) {
    this.folded = folded;
    let words = '';
    const foldedAt: number[] = [];
    for (const { 0: word, index } of folded.matchAll(WORD)) {
      if (words !== '') {
        words += ' ';
        foldedAt.push(index);
      }
      words += word;
      for (let offset = 0; offset < word.length; offset++) foldedAt.push(index + offset);
    }
    this.words = words;
    this.foldedAt = foldedAt;
  }

  /** Ranges in folded text (first to last word character) of every occurrence of `quote`'s words. */
  find(quote: string): { start: number; end: number }[] {
    const words = wordsOf(quote);
    if (words === '') return [];
    const found: { start: number; end: number }[] = [];
    for (let at = this.words.indexOf(words); at !== -1; at = this.words.indexOf(words, at + 1)) {
      const before = this.words[at - 1];
      const after = this.words[at + words.length];
      // Whole words only: "ICE" must not match inside "NICE".
      if ((before === undefined || before === ' ') && (after === undefined || after === ' '))
        found.push({ start: this.foldedAt[at]!, end: this.foldedAt[at + words.length - 1]! + 1 });
    }
    return found;
  }

  /**
   * Widens a word range over the quote's leading and trailing punctuation where the page has it
   * (an opening quote mark, a closing full stop), so the highlight covers what the quote covers.
   */
  widen(range: { start: number; end: number }, quote: string): { start: number; end: number } {
    const lead = /^[^\p{L}\p{N}\p{M}]*/u.exec(quote)?.[0] ?? '';
    const trail = /[^\p{L}\p{N}\p{M}]*$/u.exec(quote)?.[0] ?? '';
    return {
      start: this.follow(range.start, [...lead.replace(/ /g, '')].reverse(), -1),
      end: this.follow(range.end, [...trail.replace(/ /g, '')], 1),
    };
  }

  /**
   * From `at`, steps (backwards for -1) over the page's spaces and the quote's punctuation marks in order,
   * a `-` standing for any run of hyphens (`--`); returns where the last mark that agreed ends.
   */
  private follow(at: number, marks: readonly string[], step: 1 | -1): number {
    const charAt = (index: number) => this.folded[step === 1 ? index : index - 1];
    let reached = at;
    let cursor = at;
    for (const mark of marks) {
      while (charAt(cursor) === ' ') cursor += step;
      if (charAt(cursor) !== mark) break;
      cursor += step;
      if (mark === '-') while (charAt(cursor) === '-') cursor += step;
      reached = cursor;
    }
    return reached;
  }
}

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { layoutArticle } from '../../src/domain/article-layout.ts';
import { isSectionHeading, notAHeadline } from '../../src/domain/headings.ts';
import { paragraphRanges } from '../../src/annotations/index.ts';

describe('isSectionHeading', () => {
  it.each([
    'Sanctuary City Policies vs. Federal Enforcement',
    'Broader Implications for Immigration Policy',
    '‘You have people being released and reoffending’',
    'California law',
    'Why was the bill introduced?',
  ])('takes "%s" for a heading', (line) => {
    expect(isSectionHeading(line)).toBe(true);
  });

  it.each([
    ['a sentence', 'Not good.'],
    ['a lead-in to a quote', 'Here’s what he told the Boston Herald:'],
    ['a quoted sentence', '“We don’t want that. We want to make sure that threats are mitigated.”'],
    ['two questions', 'So which is it? Are sanctuary policies more or less safe?'],
    [
      'a long line',
      'Some sanctuary cities that once prided themselves on open immigration policies are now cooperating',
    ],
    ['two lines', 'Share.\nExit mobile version'],
    ['a line starting in lower case', 'and then the council voted'],
  ])('does not take %s for a heading', (_, line) => {
    expect(isSectionHeading(line)).toBe(false);
  });
});

describe('notAHeadline', () => {
  it('says why a first line is a paragraph, and accepts a headline ending in an initialism', () => {
    expect(notAHeadline('A short line that ends.')).toBe('it ends with a full stop');
    expect(notAHeadline('Sheriff meets ICE in the U.S.')).toBeUndefined();
  });
});

describe('the headings of our saved articles', () => {
  const headings = (slug: string) => {
    const file = (name: string) =>
      readFileSync(new URL(`../../content/sources/${slug}/${name}`, import.meta.url), 'utf8');
    const text = file('article.txt');
    // Captions, promotions and the like are outside the article: never its headings.
    const parts = (
      (parse(file('source.yaml')) as { nonArticle?: { quote: string; kind: string }[] }).nonArticle ?? []
    ).map(({ quote, kind }) => ({ start: text.indexOf(quote), end: text.indexOf(quote) + quote.length, kind }));
    return layoutArticle(text, [], parts)
      .filter((paragraph) => paragraph.heading)
      .map((paragraph) => text.slice(paragraph.start, paragraph.end));
  };

  it('finds the two section headings of the Gloucester article and nothing else', () => {
    expect(headings('guatemalan-national-gloucester')).toEqual([
      'Sanctuary City Policies vs. Federal Enforcement',
      'Broader Implications for Immigration Policy',
    ]);
  });

  it('finds the headline and the subheads of the article on sanctuary cities working with ICE', () => {
    expect(headings('sanctuary-cities-cooperate-ice')).toEqual([
      'Buckling under migrant invasion, sanctuary cities now work with ICE',
      '‘You have people being released and reoffending’',
      'Stubborn sanctuary states',
      'California law',
      'How would things have been different?',
      'Why was the bill introduced?',
    ]);
  });

  it('takes a first line as long as a headline for the headline, and no later paragraph of that length', () => {
    expect(headings('boston-trust-act-update')).toEqual([
      'Boston Doubles Down on Its Sanctuary Stance, Widening the Ever-Worse Divide Between Federal and Local Law ' +
        'Enforcement',
    ]);
    expect(headings('honduran-national-hartford')).toEqual([]);
  });

  it('never takes a paragraph that spans several lines for a heading', () => {
    const text = 'Title\n\nShare.\nExit mobile version\n';
    expect(paragraphRanges(text).length).toBe(2);
    expect(layoutArticle(text, [], []).map((paragraph) => paragraph.heading ?? false)).toEqual([true, false]);
  });
});

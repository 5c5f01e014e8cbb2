import { describe, expect, it } from 'vitest';
import { layoutArticle } from '../../src/domain/article-layout.ts';
import { paragraphRanges } from '../../src/annotations/index.ts';

const text = 'Headline\n\nFirst para, one claim.\n\n\n\nShare.\nExit mobile version\n';

describe('paragraphRanges', () => {
  it('splits on blank lines and keeps single line breaks inside a paragraph', () => {
    expect(paragraphRanges(text).map((range) => text.slice(range.start, range.end))).toEqual([
      'Headline',
      'First para, one claim.',
      'Share.\nExit mobile version',
    ]);
  });

  it('splits text saved with CR LF or lone CR line breaks exactly as LF, with offsets in the text as saved', () => {
    const lf = paragraphRanges(text);
    for (const lineBreak of ['\r\n', '\r']) {
      const saved = text.replaceAll('\n', lineBreak);
      const ranges = paragraphRanges(saved);
      expect(ranges.map((range) => saved.slice(range.start, range.end).replaceAll(lineBreak, '\n'))).toEqual(
        lf.map((range) => text.slice(range.start, range.end)),
      );
      // Offsets point into the text as saved: the second paragraph starts after two two-unit breaks.
      expect(ranges[1]?.start).toBe(saved.indexOf('First'));
    }
  });
});

describe('layoutArticle', () => {
  const start = text.indexOf('one claim');
  const layout = layoutArticle(
    text,
    [
      { id: 'c1', start, end: start + 9 },
      { id: 'c0', start: 0, end: text.indexOf('para') + 4 },
    ],
    [{ start: text.indexOf('Share.'), end: text.length - 1, kind: 'share-widget' }],
  );

  it('keeps every non-whitespace character of the text, in order', () => {
    const rendered = layout.map((paragraph) => paragraph.runs.map((run) => run.text).join('')).join('\n\n');
    expect(rendered.replace(/\s+/g, ' ')).toBe(text.trim().replace(/\s+/g, ' '));
  });

  it('places each note after the paragraph where its claim ends', () => {
    expect(layout.map((paragraph) => paragraph.noteIds)).toEqual([[], ['c1', 'c0'], []]);
  });

  it('opens and closes each claim exactly once, even across paragraphs', () => {
    const opens = layout.flatMap((paragraph) => paragraph.runs.flatMap((run) => run.opens));
    const closes = layout.flatMap((paragraph) => paragraph.runs.flatMap((run) => run.closes));
    expect(opens.sort()).toEqual(['c0', 'c1']);
    expect(closes.sort()).toEqual(['c0', 'c1']);
  });

  it('places notes in the same paragraphs when the text was saved with CR LF', () => {
    const saved = text.replaceAll('\n', '\r\n');
    const at = saved.indexOf('one claim');
    const crlf = layoutArticle(saved, [{ id: 'c1', start: at, end: at + 9 }], []);
    expect(crlf.map((paragraph) => paragraph.noteIds)).toEqual([[], ['c1'], []]);
  });

  it('marks a paragraph that is wholly outside the article', () => {
    expect(layout[2]?.nonArticle).toBe('share-widget');
    expect(layout[1]?.nonArticle).toBeUndefined();
  });
});

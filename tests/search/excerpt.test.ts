import { describe, expect, it } from 'vitest';
import { decodeEntities, excerptSegments } from '../../src/search/excerpt.ts';

describe('search excerpts', () => {
  it('splits an excerpt into plain and highlighted text', () => {
    expect(excerptSegments('the <mark>detainer</mark> was not <mark>honored</mark>.')).toEqual([
      { text: 'the ', mark: false },
      { text: 'detainer', mark: true },
      { text: ' was not ', mark: false },
      { text: 'honored', mark: true },
      { text: '.', mark: false },
    ]);
  });

  it('decodes escaped text, so <script> in an article reads as text and is never markup', () => {
    expect(excerptSegments('&lt;script&gt;alert(1)&lt;/script&gt; and <mark>{curly}</mark> &amp; more')).toEqual([
      { text: '<script>alert(1)</script> and ', mark: false },
      { text: '{curly}', mark: true },
      { text: ' & more', mark: false },
    ]);
  });

  it('drops any tag other than <mark>, keeping its text', () => {
    expect(
      excerptSegments('<img src=x onerror=alert(1)>a <b>bold</b> <mark class="x">hit</mark><script>x</script>'),
    ).toEqual([
      { text: 'a bold ', mark: false },
      { text: 'hit', mark: true },
      { text: 'x', mark: false },
    ]);
  });

  it('joins neighbouring segments of the same kind and skips empty ones', () => {
    expect(excerptSegments('<mark>ICE</mark><mark> detainer</mark><mark></mark>')).toEqual([
      { text: 'ICE detainer', mark: true },
    ]);
    expect(excerptSegments('')).toEqual([]);
  });

  it('decodes numeric and named entities and leaves unknown ones as written', () => {
    expect(decodeEntities('&#8220;x&#x201D; &quot;&#39;&apos; &nbsp;&unknown; &#0;')).toBe(
      "“x” \"'' \u00a0&unknown; &#0;",
    );
  });
});

/**
 * Nothing lost: for every source, the text a reader sees in the article body equals the
 * source text character for character (after whitespace normalisation), and every claim is
 * highlighted exactly once, over exactly its quote.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { ROOT } from '../support/fixture-case.ts';
import { articleText, readPage, select, selectAll, toString } from '../support/html.ts';
import { collapseWhitespace } from '../support/text.ts';
import { SITE_DIR } from '../setup/build-site.ts';

const { corpus } = await loadCorpus(ROOT);

describe.each(corpus.sources.map((source) => [source.slug, source] as const))('source page %s', (slug, source) => {
  const { tree } = readPage(SITE_DIR, `/sources/${slug}/`);
  const body = select('.article-text', tree)!;
  const claims = corpus.claims.filter((claim) => claim.source === slug);

  it('shows the article text verbatim, every character once and in order', () => {
    expect(body).toBeTruthy();
    expect(collapseWhitespace(articleText(body))).toBe(collapseWhitespace(source.text));
  });

  it('highlights every claim exactly once, over exactly its quote', () => {
    expect(claims.length).toBeGreaterThan(0);
    for (const claim of claims) {
      expect(selectAll(`[id="claim-${claim.id}"]`, tree), claim.id).toHaveLength(1);
      expect(selectAll(`[id="ref-${claim.id}"]`, tree), claim.id).toHaveLength(1);
      expect(selectAll(`[id="note-${claim.id}"]`, tree), claim.id).toHaveLength(1);
      const marks = selectAll('mark.hl', body).filter((mark) =>
        String(mark.properties['dataClaims'] ?? '')
          .split(' ')
          .includes(claim.id),
      );
      expect(collapseWhitespace(marks.map((mark) => toString(mark)).join('')), claim.id).toBe(
        collapseWhitespace(source.text.slice(claim.start, claim.end)),
      );
    }
  });

  it('links every highlight marker to its note and every note back to its marker', () => {
    for (const claim of claims) {
      const marker = select(`[id="ref-${claim.id}"]`, tree)!;
      expect(marker.properties['href']).toBe(`#note-${claim.id}`);
      const back = selectAll(`[id="note-${claim.id}"] a`, tree).map((link) => link.properties['href']);
      expect(back).toContain(`#ref-${claim.id}`);
    }
  });
});

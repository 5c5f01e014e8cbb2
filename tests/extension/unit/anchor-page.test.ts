import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { realNewsPages } from '../../../src/bench/real-news-pages.ts';
import { normalize, normalizeQuote } from '../../../src/domain/normalize.ts';
import { anchorClaims, findArticleRoot } from '../../../src/extension/anchor-page.ts';
import { parseAnnotationCollection } from '../../../src/extension/annotations.ts';
import { ROOT } from '../../support/fixture-case.ts';

const pages = await realNewsPages(ROOT);
/** Publishers' double hyphen for a dash is the one change normalize does not fold. */
const folded = (text: string) => normalizeQuote(text).replace(/--/g, '-');

describe('anchorClaims on publisher markup of the four real articles', () => {
  it.each(pages.map((page) => [page.slug, page] as const))('%s', (_slug, page) => {
    const { document } = parseHTML(page.html);
    const root = findArticleRoot(document);
    const { annotations, problems } = parseAnnotationCollection(JSON.parse(JSON.stringify(page.collection)));
    expect(problems).toEqual([]);
    const { anchored, orphans } = anchorClaims(root, annotations);
    console.log(
      `${page.slug}: ${anchored.length}/${annotations.length} anchored`,
      orphans.map((o) => [o.annotation.id, o.reason]),
    );
    expect(anchored.length).toBeGreaterThanOrEqual(Math.ceil(annotations.length * 0.95));
    for (const { annotation, text, pieces } of anchored) {
      expect(folded(text), annotation.id).toBe(folded(annotation.quote.exact));
      expect(pieces.map((piece) => piece.node.data.slice(piece.start, piece.end)).join(''), annotation.id).toBe(
        text.replace(/\n/g, ''),
      );
      for (const { node } of pieces) expect(node.parentElement?.closest('.comments-section, aside')).toBeNull();
    }
  });
});

/** The allow-list that cached explanation HTML is checked against covers everything the real content renders to. */
import { describe, expect, it } from 'vitest';
import { contentDirs } from '../../src/corpus/content-dirs.ts';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { isRenderedExplanationHtml } from '../../src/markdown/rendered-html.ts';
import { ROOT } from '../support/fixture-case.ts';

describe('isRenderedExplanationHtml', () => {
  it('accepts the rendered explanation of every claim in content/', { timeout: 60_000 }, async () => {
    const { corpus } = await loadCorpus(ROOT, contentDirs('content'), { render: true });
    const rendered = [...corpus.claims, ...corpus.drafts].filter((claim) => claim.explanationHtml !== undefined);
    expect(rendered.length).toBeGreaterThan(10);
    const refused = rendered.filter((claim) => !isRenderedExplanationHtml(claim.explanationHtml!));
    expect(refused.map((claim) => claim.file)).toEqual([]);
  });
});

/** Links into the original: each claim's quote and each citation's excerpt, as text fragments. */
import { describe, expect, it } from 'vitest';
import { findTextDirective } from '../../src/annotations/index.ts';
import { claimsExport } from '../../src/site/exports.ts';
import { fixtureModel } from '../support/fixture-model.ts';

const model = await fixtureModel();
const all = [...model.claims.values()];

/** The directive's terms, decoded, from a text-fragment URL. */
function directiveOf(url: string) {
  const terms = url.split('#:~:text=')[1]!.split(',');
  const prefix = terms[0]!.endsWith('-') ? decodeURIComponent(terms.shift()!.slice(0, -1)) : undefined;
  const suffix = terms.at(-1)!.startsWith('-') ? decodeURIComponent(terms.pop()!.slice(1)) : undefined;
  const [textStart, textEnd] = terms.map((term) => decodeURIComponent(term));
  return { prefix, textStart: textStart!, textEnd, suffix };
}

describe('links that open the original at a claim', () => {
  it('gives every claim whose source has a URL a text fragment that lands on its own quote', () => {
    const withUrl = all.filter((view) => view.source.data.url);
    expect(withUrl.length).toBeGreaterThan(0);
    for (const view of withUrl) {
      const url = view.textFragmentUrl!;
      expect(url.startsWith(`${view.source.data.url}#:~:text=`), view.id).toBe(true);
      const [first] = findTextDirective(view.source.text, directiveOf(url));
      expect(first, view.id).toEqual({ start: view.claim.start, end: view.claim.end });
    }
  });

  it('gives none where the original URL is unknown, and the export says null', () => {
    const without = all.filter((view) => !view.source.data.url);
    expect(without.length).toBeGreaterThan(0);
    const rows = claimsExport(model);
    for (const view of without) {
      expect(view.textFragmentUrl, view.id).toBeUndefined();
      expect(rows.find((row) => row.id === view.id)!.textFragmentUrl, view.id).toBeNull();
    }
    for (const view of all.filter((candidate) => candidate.source.data.url)) {
      expect(rows.find((row) => row.id === view.id)!.textFragmentUrl).toBe(view.textFragmentUrl);
    }
  });
});

describe('links that open a cited document at its excerpt', () => {
  it('links each citation with an excerpt to the excerpt, and the others to nothing', () => {
    const vote = model.citations.find((citation) => citation.id === 'fixture-vote-record')!;
    expect(vote.excerptFragmentUrl).toBe('https://example.org/vote#:~:text=Adopted%2013%2D0.');
    for (const citation of model.citations.filter((candidate) => !candidate.data.excerpt)) {
      expect(citation.excerptFragmentUrl, citation.id).toBeUndefined();
    }
  });
});

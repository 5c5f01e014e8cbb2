/** The site's view model: everything pages show is grouped, counted, sorted and shortened here. */
import { describe, expect, it } from 'vitest';
import { processResearchNotes } from '../../src/markdown/research-notes.ts';
import { contentDirs } from '../../src/corpus/content-dirs.ts';
import { loadSiteData } from '../../src/integration/site-data.ts';
import { publishedOnly } from '../../src/site/drafts.ts';
import { buildSiteModel, citationMetaLine } from '../../src/site/site-model.ts';
import { plural, truncate } from '../../src/site/text.ts';
import { ROOT } from '../support/fixture-case.ts';
import { claimOf, fixtureModel } from '../support/fixture-model.ts';

const model = await fixtureModel();

describe('the site model', () => {
  it('leaves the content it is built from as it was (pages share the integration’s objects)', async () => {
    const { data } = await loadSiteData(ROOT, contentDirs('content'));
    const published = publishedOnly(data);
    const before = structuredClone(published);
    const built = buildSiteModel(published);
    // Everything a page reads, read once: lazily built parts must not write back either.
    expect(built.claims.size).toBeGreaterThan(0);
    expect(built.sources.map((view) => view.source.slug)).toEqual(
      published.corpus.sources.map((source) => source.slug),
    );
    expect(published).toEqual(before);
  });

  it('carries each explanation as HTML, so pages never fetch content themselves', () => {
    expect(claimOf(model, 'sample-vote').explanationHtml).toBe(
      '<p>The <a href="https://example.org/vote">vote record</a> shows 13 votes in favour.</p>',
    );
  });

  it('groups claims by every verdict and flag of the scale, empty groups included', () => {
    const supported = model.verdicts.find((group) => group.verdict.id === 'supported')!;
    expect(supported.claims.map((view) => view.id).sort()).toEqual(['sample-vote', 'second-vote']);
    expect(model.verdicts.find((group) => group.verdict.id === 'misleading')!.claims).toEqual([]);
    const factualErrors = model.flags.find((group) => group.flag.id === 'factual-error')!.claims;
    expect(factualErrors.map((view) => view.id)).toEqual(['sample-script']);
    expect(model.counts.supported).toBe(2);
  });

  it('dates a check by its last change, and names the update only when it differs', () => {
    const updated = claimOf(model, 'sample-vote');
    expect([updated.lastChanged, updated.updatedLater]).toEqual(['2026-11-25', '2026-11-25']);
    const never = claimOf(model, 'second-vote');
    expect([never.lastChanged, never.updatedLater]).toEqual(['2026-11-20', undefined]);
  });

  it('links related claims both ways though only one side lists the link', () => {
    expect(claimOf(model, 'second-vote').related.map((view) => view.id)).toEqual(['sample-vote']);
    expect(claimOf(model, 'sample-vote').related.map((view) => view.id)).toEqual(['second-vote']);
  });

  it('points each claim at the next flagged claim in its source', () => {
    const source = model.sources.find((view) => view.source.slug === 'sample-article')!;
    const flagged = source.claims.filter((view) => view.flags.length > 0).map((view) => view.id);
    for (const [index, view] of source.claims.entries()) {
      const next = source.claims.slice(index + 1).find((later) => flagged.includes(later.id));
      expect(view.nextFlagged?.id, view.id).toBe(next?.id);
    }
  });

  it('writes a citation line with the author only where it differs from the publisher', () => {
    const url = 'https://example.org/';
    expect(citationMetaLine({ publisher: 'ICE', author: 'ICE', url, kind: 'official' })).toBe('ICE, date not shown');
    expect(citationMetaLine({ publisher: 'Globe', author: 'A. Writer', date: '2024-01-02', url, kind: 'news' })).toBe(
      'Globe, A. Writer, 2024-01-02',
    );
  });
});

describe('text helpers', () => {
  it('counts with the right form of the noun', () => {
    expect([plural(0, 'claim'), plural(1, 'claim'), plural(2, 'claim')]).toEqual(['0 claims', '1 claim', '2 claims']);
    expect(plural(1, 'checked claim')).toBe('1 checked claim');
  });

  it('shortens at a word boundary with an ellipsis', () => {
    expect(truncate('short  quote\n', 260)).toBe('short quote');
    expect(truncate('one two three four', 15)).toBe('one two three…');
    // The cut lands right after a whole word: that word stays.
    expect(truncate('when local cops bring them in', 21)).toBe('when local cops bring…');
  });
});

describe('research notes', () => {
  it('render as Markdown, headings below the page outline, unsafe links as text and raw HTML dropped', async () => {
    const { html = '', messages } = await processResearchNotes(
      '# Notes\n\n## (b) Searched for and not found\n\n' +
        '- **A byline**: [x](javascript:alert(1)) and [y](https://example.org/)\n\n<script>alert(1)</script>\n',
      { file: 'research-notes.md', render: true },
    );
    // What is left out is said, at its place, for `npm run check` and the build alike.
    expect(messages.map(String)).toEqual([
      'research-notes.md:5:17-5:41: Unexpected link "javascript:alert(1)" in research notes, ' +
        'expected an http(s) address: shown as text',
      'research-notes.md:7:1-7:26: Unexpected raw HTML in research notes, expected plain Markdown: it is left out',
    ]);
    expect(html).toContain('<h3>Notes</h3>');
    expect(html).toContain('<h4>(b) Searched for and not found</h4>');
    expect(html).toContain('<strong>A byline</strong>: x and <a href="https://example.org/">y</a>');
    expect(html).not.toContain('javascript:');
    expect(html).not.toContain('<script');
  });
});

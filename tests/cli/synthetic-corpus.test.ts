import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { editOneExplanation, firstClaimFile, writeSyntheticCorpus } from '../bench/synthetic-corpus.ts';
import { contentDirs } from '../../src/corpus/content-dirs.ts';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const OUT = path.join(ROOT, 'tests/.output/synthetic-corpus');

describe('the benchmark corpus', () => {
  const first = writeSyntheticCorpus(path.join(OUT, 'a'), { sources: 8, claimsPerSource: 25 });

  it('is the same every time it is written', () => {
    writeSyntheticCorpus(path.join(OUT, 'b'), { sources: 8, claimsPerSource: 25 });
    const list = (dir: string) =>
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
        .sort();
    const a = list(path.join(OUT, 'a'));
    // Per source article.txt and source.yaml, its claims, the citations and two people.
    expect(a.length).toBe(8 * 2 + 8 * 25 + first.citations + 2);
    expect(list(path.join(OUT, 'b'))).toEqual(a);
    for (const file of a)
      expect(readFileSync(path.join(OUT, 'b', file), 'utf8'), file).toBe(
        readFileSync(path.join(OUT, 'a', file), 'utf8'),
      );
  });

  it('passes the content checker: every quote anchors once, every citation exists', async () => {
    const result = await loadCorpus(ROOT, contentDirs(path.relative(ROOT, path.join(OUT, 'a'))));
    expect(result.problems).toEqual([]);
    expect(result.corpus.claims).toHaveLength(200);
    expect(first.words).toBeGreaterThan(8 * 800);
  });

  it("edits one claim's explanation for the warm benchmark, and the corpus still checks", async () => {
    const dir = path.join(OUT, 'edited');
    writeSyntheticCorpus(dir, { sources: 2, claimsPerSource: 3 });
    const before = readFileSync(firstClaimFile(dir), 'utf8');
    editOneExplanation(dir, 'one');
    const after = readFileSync(firstClaimFile(dir), 'utf8');
    expect(after).not.toBe(before);
    // Only the body changed: the frontmatter (quote, verdict, citations) is as it was.
    expect(after.slice(0, after.lastIndexOf('---'))).toBe(before.slice(0, before.lastIndexOf('---')));
    const result = await loadCorpus(ROOT, contentDirs(path.relative(ROOT, dir)), { render: true });
    expect(result.problems).toEqual([]);
    expect(result.corpus.claims.find((claim) => claim.id === 's0-claim-0')?.explanationHtml).toContain(
      'Revised explanation one.',
    );
  });

  it('spreads words as real text does: a searched word is on a minority of pages, not nearly all', () => {
    const pages = first.pages.map((page) => ` ${page.body.toLowerCase().replace(/[^a-z0-9]+/g, ' ')} `);
    const share = (word: string) => pages.filter((page) => page.includes(` ${word} `)).length / pages.length;
    const shares = [
      'detainer',
      'council',
      'sheriff',
      'warrant',
      'ordinance',
      'custody',
      'judge',
      'immigration',
      'annual',
      'trust',
      'records',
      'officer',
      'hearing',
      'amendment',
      'statute',
      'public',
      'notice',
      'agency',
      'jail',
      'cooperation',
    ]
      .map(share)
      .sort((a, b) => a - b);
    const median = shares[Math.floor(shares.length / 2)]!;
    // This site's own four articles: a median 14%. Drawn uniformly from 40 words, it was about 86%.
    expect(median).toBeGreaterThan(0.02);
    expect(median).toBeLessThan(0.3);
    expect(shares[0]).toBeGreaterThan(0);
  });
});

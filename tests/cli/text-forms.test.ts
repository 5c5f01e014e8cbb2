/**
 * Text as other editors save it (tests/fixtures/text-forms): CR LF and lone CR line breaks, a
 * byte-order mark, a quote typed with decomposed accents. Each must check, anchor and lay out
 * exactly as the same text saved with LF, composed, without a mark.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentDirs } from '../../src/corpus/content-dirs.ts';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { layoutArticle } from '../../src/domain/article-layout.ts';
import { runCli } from '../support/cli.ts';
import { ROOT } from '../support/fixture-case.ts';

const CONTENT = 'tests/fixtures/text-forms/content';

describe('text saved with other line endings, a byte-order mark or decomposed accents', { timeout: 60_000 }, () => {
  it('checks ok, and each quote anchors at its place in the file as saved', async () => {
    const { corpus, problems, ok } = await loadCorpus(ROOT, contentDirs(CONTENT));
    expect(problems).toEqual([]);
    expect(ok).toBe(true);
    const text = (slug: string) => corpus.sources.find((source) => source.slug === slug)?.text ?? '';
    const quote = (claim: (typeof corpus.claims)[number]) => text(claim.source).slice(claim.start, claim.end);
    const quoted = Object.fromEntries(corpus.claims.map((claim) => [claim.id, quote(claim)]));
    expect(quoted).toEqual({
      'old-mac-claim': 'The second paragraph holds the claim.',
      'windows-bom': 'Jos\u00e9 N\u00fa\u00f1ez, said he was relieved',
      // Typed decomposed, found composed: the range covers the text as saved.
      'windows-cafe': 'The caf\u00e9 on Main Street opened in May.',
      'windows-council': 'The council voted twice',
    });
    expect(text('windows-article')).toContain('\r\n\r\n');
    expect(text('old-mac-article')).toContain('\r\r');
  });

  it('splits CR LF and lone CR articles into paragraphs, so each note follows its own paragraph', async () => {
    const { corpus } = await loadCorpus(ROOT, contentDirs(CONTENT));
    const notes = (slug: string) => {
      const source = corpus.sources.find((candidate) => candidate.slug === slug)!;
      const claims = corpus.claims.filter((claim) => claim.source === slug);
      return layoutArticle(source.text, claims, source.nonArticle).map((paragraph) => paragraph.noteIds);
    };
    expect(notes('windows-article')).toEqual([[], ['windows-cafe'], ['windows-council'], ['windows-bom']]);
    expect(notes('old-mac-article')).toEqual([[], [], ['old-mac-claim']]);
  });

  it('reads a claim file that starts with a byte-order mark as it looks, with positions unchanged', () => {
    const work = path.join(ROOT, 'tests/.output/cases/text-forms-bom');
    rmSync(work, { recursive: true, force: true });
    cpSync(path.join(ROOT, CONTENT), path.join(work, 'content'), { recursive: true });
    const file = path.join(work, 'content/claims/windows-article/windows-bom.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('verdict: supported', 'verdict: supportd'));
    expect(readFileSync(file, 'utf8').charCodeAt(0)).toBe(0xfeff);
    const content = path.relative(ROOT, path.join(work, 'content'));
    const result = runCli('check', [], content);
    expect(result.stdout).not.toContain('Missing frontmatter');
    expect(result.stdout).toContain(`${content}/claims/windows-article/windows-bom.mdx:3:10-3:18  error  `);
    expect(result.status).toBe(1);
  });
});

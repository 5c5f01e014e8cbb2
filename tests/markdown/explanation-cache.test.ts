/**
 * Explanations kept between builds (src/markdown/explanation-cache.ts): a warm build gives exactly what a cold one
 * gives (the same HTML, the same problems), renders only what changed, and never keeps what was refused.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBody } from '../../src/corpus/check-body.ts';
import { ExplanationCache } from '../../src/markdown/explanation-cache.ts';
import { isRenderedExplanationHtml } from '../../src/markdown/rendered-html.ts';

const ACCEPTED = 'An *accepted* explanation -- with [a link](https://example.org/a) and "quotes".\n';
const REFUSED = 'A [bad link](javascript:alert(1)) and {1 + 1}.\n';

async function build(dir: string, bodies: Record<string, string>) {
  const cache = await ExplanationCache.open(dir);
  const results: Record<string, Awaited<ReturnType<typeof checkBody>>> = {};
  for (const [file, body] of Object.entries(bodies)) {
    results[file] = await checkBody(body, { file, bodyLine: 7, render: true, cache });
  }
  await cache.save();
  return { cache, results };
}

describe('ExplanationCache', () => {
  it('gives a warm build the same HTML and problems as a cold one, and renders only the changed body', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'explanations-'));
    const bodies = { 'claims/s/a.mdx': ACCEPTED, 'claims/s/b.mdx': REFUSED, 'claims/s/c.md': 'Plain {x}.\n' };
    const uncached = Object.fromEntries(
      await Promise.all(
        Object.entries(bodies).map(async ([file, body]) => [
          file,
          await checkBody(body, { file, bodyLine: 7, render: true }),
        ]),
      ),
    );
    const cold = await build(dir, bodies);
    expect(cold.cache.hits).toBe(0);
    expect(cold.results).toEqual(uncached);
    expect(cold.results['claims/s/b.mdx']!.problems.map((problem) => problem.ruleId).sort()).toEqual([
      'mdx-code',
      'unsafe-url',
    ]);

    const warm = await build(dir, bodies);
    expect(warm.results).toEqual(uncached);
    // The two accepted bodies came from the cache; the refused one was parsed again and reported again.
    expect([warm.cache.hits, warm.cache.misses]).toEqual([2, 1]);

    const edited = await build(dir, { ...bodies, 'claims/s/a.mdx': `${ACCEPTED}One more sentence.\n` });
    expect([edited.cache.hits, edited.cache.misses]).toEqual([1, 2]);
    expect(edited.results['claims/s/a.mdx']!.html).toContain('One more sentence.');
  });

  it('keys an explanation by its file and first line too, and keeps only what the last build used', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'explanations-'));
    await build(dir, { 'claims/s/a.mdx': ACCEPTED });
    const moved = await build(dir, { 'claims/s/a.md': ACCEPTED });
    expect(moved.cache.hits).toBe(0);
    const saved = JSON.parse(readFileSync(path.join(dir, 'explanations.json'), 'utf8')) as {
      entries: Record<string, string>;
    };
    expect(Object.keys(saved.entries)).toHaveLength(1);
  });

  it('ignores a cache written by another renderer', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'explanations-'));
    const file = 'claims/s/a.mdx';
    await build(dir, { [file]: ACCEPTED });
    const saved = JSON.parse(readFileSync(path.join(dir, 'explanations.json'), 'utf8')) as {
      renderer: string;
      entries: Record<string, string>;
    };
    const key = ExplanationCache.key({ body: ACCEPTED, file, bodyLine: 7 });
    saved.entries[key] = '<p>stale</p>';
    writeFileSync(path.join(dir, 'explanations.json'), JSON.stringify({ ...saved, renderer: 'another' }));
    const rebuilt = await build(dir, { [file]: ACCEPTED });
    expect(rebuilt.cache.hits).toBe(0);
    expect(rebuilt.results[file]!.html).not.toContain('stale');
  });

  it.each([
    ['a script', '<p>Hi</p><script>alert(1)</script>'],
    ['an event handler', '<p>Hi <img src="/x.png" onerror="alert(1)"></p>'],
    ['a remote image', '<p><img src="https://tracker.example.org/p.png" alt=""></p>'],
    ['a javascript: link', '<p><a href="javascript:alert(1)">x</a></p>'],
    ['an encoded javascript: link', '<p><a href="&#x6A;avascript:alert(1)">x</a></p>'],
    ['an unquoted attribute', '<p><a href=javascript:alert(1)>x</a></p>'],
    ['an iframe', '<iframe src="https://example.org/"></iframe>'],
    ['a style attribute', '<p style="background:url(https://example.org/)">x</p>'],
  ])('renders again, instead of publishing, a poisoned entry with %s', async (_name, poison) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'explanations-'));
    const file = 'claims/s/a.mdx';
    const clean = await build(dir, { [file]: ACCEPTED });
    const saved = JSON.parse(readFileSync(path.join(dir, 'explanations.json'), 'utf8')) as {
      renderer: string;
      entries: Record<string, string>;
    };
    saved.entries[ExplanationCache.key({ body: ACCEPTED, file, bodyLine: 7 })] = poison;
    writeFileSync(path.join(dir, 'explanations.json'), JSON.stringify(saved));
    const rebuilt = await build(dir, { [file]: ACCEPTED });
    expect([rebuilt.cache.hits, rebuilt.cache.misses]).toEqual([0, 1]);
    expect(rebuilt.results[file]!.html).toBe(clean.results[file]!.html);
  });

  it('accepts every construct the renderer makes: footnotes, tables, task lists, code, site images', async () => {
    const body = [
      '## Heading',
      '',
      'Text[^1] with `code`, ~~gone~~, **strong** and <https://example.org/?a=1&b=2>.',
      '',
      '| a | b |',
      '|:-:|--:|',
      '| 1 | 2 |',
      '',
      '- [x] done',
      '- [ ] open',
      '',
      '1. one',
      '',
      '> quote',
      '',
      '```',
      'x < y',
      '```',
      '',
      '---',
      '',
      '![Chart](/images/chart.png "A title")',
      '',
      'Mail foo@example.org, a [link](https://example.org/"q") and line  ',
      'break.',
      '',
      '[^1]: The note.',
    ].join('\n');
    const { html, problems } = await checkBody(body, { file: 'claims/s/a.md', bodyLine: 7, render: true });
    expect(problems).toEqual([]);
    expect(html).toContain('data-footnote-ref');
    expect(html).toContain('<table>');
    expect(html).toContain('type="checkbox"');
    expect(isRenderedExplanationHtml(html!)).toBe(true);
  });
});

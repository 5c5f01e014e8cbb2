/**
 * The check and the build run one pass over an explanation (`processExplanation`): whatever
 * one accepts the other renders, and every message is positioned in the claim file.
 */
import { describe, expect, it } from 'vitest';
import { processExplanation } from '../../src/markdown/explanation.ts';

const check = async (body: string, file = 'claims/x/c.mdx', bodyLine = 1) =>
  (await processExplanation(body, { file, bodyLine })).messages.map(String);
const render = (body: string, file = 'claims/x/c.mdx', bodyLine = 1) =>
  processExplanation(body, { file, bodyLine, render: true });

describe('processExplanation', () => {
  it('accepts an e-mail address, which GFM links as mailto:, in the check and the build alike', async () => {
    expect(await check('Mail foo@example.org for details.\n')).toEqual([]);
    const { html, messages } = await render('Mail foo@example.org for details.\n');
    expect(messages).toEqual([]);
    expect(html).toBe('<p>Mail <a href="mailto:foo@example.org">foo@example.org</a> for details.</p>');
  });

  it('reads a .md explanation as Markdown, where {x} is text, and renders it', async () => {
    expect(await check('Braces {x} stay text.\n', 'claims/x/c.md')).toEqual([]);
    const { html } = await render('Braces {x} stay text.\n', 'claims/x/c.md');
    expect(html).toBe('<p>Braces {x} stay text.</p>');
    // The same words in an .mdx file are an expression, refused by both.
    expect(await check('Braces {x} stay text.\n')).toEqual([
      'claims/x/c.mdx:1:8-1:11: Unexpected {expression} in an explanation, expected plain Markdown ' +
        '(text, emphasis, lists, links)',
    ]);
  });

  it('reports an unclosed tag at the lines of the file, in its place and in its reason', async () => {
    // The body starts on line 9 of the file, after eight lines of frontmatter.
    const body =
      'The record shows the vote.\n\nMore context follows here.\nSee <Cite id="fixture-vote-record">the record.\n';
    expect(await check(body, 'claims/x/c.mdx', 9)).toEqual([
      'claims/x/c.mdx:11:1-12:47: Expected a closing tag for `<Cite>` (12:5-12:36) before the end of `paragraph`',
    ]);
  });

  it('refuses links that are not http(s) with slashes, mailto: or site paths', async () => {
    const body = '[a](javascript:alert(1)) [b](https:example.org) [c](//evil.example) [d](/claims/x/) [e](#top)\n';
    const expected = 'expected an http(s) or mailto: address or a path on this site';
    expect(await check(body)).toEqual([
      `claims/x/c.mdx:1:1-1:25: Unexpected link "javascript:alert(1)", ${expected}`,
      `claims/x/c.mdx:1:26-1:48: Unexpected link "https:example.org", ${expected}`,
      `claims/x/c.mdx:1:49-1:68: Unexpected link "//evil.example", ${expected}`,
    ]);
  });

  it.each([
    'Plain text with *emphasis*, a [link](https://example.org) and www.example.org.',
    'Mail foo@example.org for details.',
    '| a | b |\n|---|---|\n| 1 | 2 |',
    'Text {1 + 1}',
    '<b>bold</b>',
    'An unclosed {expression',
    'import x from "y"\n\nText.',
    '[x](data:text/html,hi)',
    '~~struck~~ and a footnote[^1].\n\n[^1]: The note.',
  ])('refuses in the check exactly what it refuses in the build: %s', async (body) => {
    for (const file of ['claims/x/c.mdx', 'claims/x/c.md']) {
      const checked = await processExplanation(body, { file, bodyLine: 5 });
      const rendered = await processExplanation(body, { file, bodyLine: 5, render: true });
      expect(rendered.messages.map(String)).toEqual(checked.messages.map(String));
      expect(rendered.html === undefined, file).toBe(checked.messages.length > 0);
    }
  });
});

describe('the check without GFM where a text has no GFM syntax', () => {
  it.each([
    ['an address', 'Write to foo@example.org or see www.example.org and https://example.org/x.'],
    ['a table', 'a | b\n--|--\n1 | [x](javascript:1)'],
    ['a footnote', 'Text[^1].\n\n[^1]: javascript:alert(1)'],
    ['strikethrough', '~~old~~ new'],
  ])('still parses %s with GFM, as the build does', async (_name, body) => {
    const checked = await processExplanation(body, { file: 'c.mdx' });
    const rendered = await processExplanation(body, { file: 'c.mdx', render: true });
    expect(checked.messages.map(String)).toEqual(rendered.messages.map(String));
  });

  it('reads a footnote definition as a footnote, not as a link definition the build would never see', async () => {
    // Without GFM `[^1]: javascript:…` is a link definition, refused; with GFM it is a footnote's text.
    expect(await check('Text[^1].\n\n[^1]: javascript:alert(1)\n')).toEqual([]);
  });
});

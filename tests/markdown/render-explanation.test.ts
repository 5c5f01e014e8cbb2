import { describe, expect, it } from 'vitest';
import { renderExplanation } from '../support/render-explanation.ts';

describe('renderExplanation', () => {
  it('renders Markdown with smart punctuation and GFM, as Astro renders MDX', async () => {
    const html = await renderExplanation(
      'The *report* says "48 hours" -- see [ICE](https://www.ice.gov/).\n\n| a | b |\n|---|---|\n| 1 | 2 |\n',
      'claim.mdx',
    );
    expect(html).toContain('<em>report</em>');
    expect(html).toContain('“48 hours”');
    expect(html).toContain('” — see');
    expect(html).toContain('<a href="https://www.ice.gov/">ICE</a>');
    expect(html).toContain('<table>');
  });

  it('escapes characters an editor escaped, and never passes markup through', async () => {
    const html = await renderExplanation('Use \\<script> and \\{braces\\} &\n', 'claim.mdx');
    expect(html).toBe('<p>Use &#x3C;script> and {braces} &#x26;</p>');
  });

  it('shifts headings below the page outline', async () => {
    expect(await renderExplanation('# Top\n\n## Next\n', 'claim.mdx')).toBe(
      '<h4 id="top">Top</h4>\n<h5 id="next">Next</h5>',
    );
  });

  it('refuses MDX code and unsafe links with a message positioned in the file', async () => {
    await expect(renderExplanation('Text {1 + 1}\n', 'content/claims/x/y.mdx')).rejects.toThrow(/expression/);
    const unsafe = renderExplanation('[x](javascript:alert(1))\n', 'content/claims/x/y.mdx');
    await expect(unsafe).rejects.toThrow(/Unexpected link/);
    await expect(renderExplanation('<script>alert(1)</script>\n', 'content/claims/x/y.mdx')).rejects.toThrow();
    await expect(renderExplanation('Text {1 + 1}\n', 'content/claims/x/y.mdx', 9)).rejects.toThrow(
      expect.objectContaining({ name: 'content/claims/x/y.mdx:9:6-9:13', ruleId: 'mdx-code' }),
    );
  });
});

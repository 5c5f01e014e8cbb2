import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { BLOCK_ELEMENTS } from '../../src/annotations/block-elements.ts';
import { buildDomText } from '../../src/extension/dom-text.ts';
import { blocksToParagraphs } from '../../src/verify/extract-article.ts';

/**
 * `before<tag>inside</tag>after` in a div (`<hr>`, which holds nothing: `before<hr>inside<hr>after`), as the
 * extension and verify-source read it.
 */
function readings(tag: string) {
  const html = tag === 'hr' ? 'before<hr>inside<hr>after' : `before<${tag}>inside</${tag}>after`;
  const { document } = parseHTML(`<html><body><div id="root">${html}</div></body></html>`);
  const root = document.getElementById('root')!;
  return {
    extension: buildDomText(root, { isHidden: () => false })
      .text.trim()
      .split('\n'),
    verify: blocksToParagraphs(root as never),
  };
}

describe('BLOCK_ELEMENTS', () => {
  // `nav` is a block, but the extension never reads it (navigation is no article text).
  const read = [...BLOCK_ELEMENTS].filter((tag) => !['html', 'body', 'nav'].includes(tag));

  it.each(read)('<%s> ends a paragraph for the extension and for verify-source alike', (tag) => {
    expect(readings(tag)).toEqual({
      extension: ['before', 'inside', 'after'],
      verify: ['before', 'inside', 'after'],
    });
  });

  it.each(['span', 'a', 'em', 'strong', 'mark'])('<%s> joins the words around it for both', (tag) => {
    expect(readings(tag)).toEqual({ extension: ['beforeinsideafter'], verify: ['beforeinsideafter'] });
  });
});

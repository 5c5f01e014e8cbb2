import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../../src/annotations/index.ts';
import { buildDomText, isHiddenByMarkup, piecesFor, type DomText } from '../../../src/extension/dom-text.ts';

const bodyOf = (html: string) => parseHTML(`<html><body>${html}</body></html>`).document.body;
const textOf = (html: string) => buildDomText(bodyOf(html), { isHidden: isHiddenByMarkup }).text;
const piecesText = (dom: DomText, start: number, end: number) =>
  piecesFor(dom, start, end).map((piece) => piece.node.data.slice(piece.start, piece.end));

describe('buildDomText', () => {
  it('keeps a word split across inline elements whole', () => {
    expect(textOf('<p>Sanc<a href="/x">tuary</a> <em>ci</em><strong>ti</strong><span>es</span> <b>now</b>.</p>')).toBe(
      'Sanctuary cities now.\n',
    );
  });

  it('breaks between blocks, list items, cells and at <br>, so words never run together', () => {
    expect(textOf('<h1>Title</h1><p>One</p><div>Two<div>Three</div></div><ul><li>a</li><li>b</li></ul>')).toBe(
      'Title\nOne\nTwo\nThree\na\nb\n',
    );
    expect(textOf('<table><tr><td>x</td><td>y</td></tr></table><p>Share.<br>Exit</p>')).toBe('x\ny\nShare.\nExit\n');
    expect(textOf('<blockquote>q</blockquote><section>s</section><article>r</article>')).toBe('q\ns\nr\n');
  });

  it('leaves out scripts, styles, navigation, forms and hidden elements', () => {
    const html =
      '<p>Visible<script>var x = 1;</script><style>p{}</style><noscript>no js</noscript> text</p>' +
      '<nav>Home News</nav><form>Email <button>Go</button></form><template>tpl</template><svg><text>svg</text></svg>' +
      '<p hidden>attribute</p><p aria-hidden="true">aria</p><p style="color: red; display: none">inline</p>' +
      '<span style="visibility:hidden">invisible</span><p aria-hidden="false">shown</p>';
    expect(textOf(html)).toBe('Visible text\nshown\n');
  });

  it('asks isHidden about every element but the root, and skips the whole subtree', () => {
    const seen: string[] = [];
    const dom = buildDomText(bodyOf('<div class="ad"><p>Advertisement</p></div><p>Kept <i class="ad">x</i>text</p>'), {
      isHidden: (element) => {
        seen.push(element.localName);
        return element.classList.contains('ad');
      },
    });
    expect(dom.text).toBe('Kept text\n');
    expect(seen).toEqual(['div', 'p', 'i']);
  });

  it('uses the computed style where the browser has one: hidden, block or inline whatever the tag', () => {
    const { document, window } = parseHTML(
      '<html><body><p class="gone">Gone</p><p>Here</p><span class="block">Caption</span><span>Text</span>' +
        '<div class="inline">in</div><div class="inline">line</div>' +
        '<table><tr><td>a</td><td>b</td></tr></table></body></html>',
    );
    const display: Record<string, string> = { gone: 'none', block: 'flex', inline: 'inline-block' };
    // linkedom's window reads and writes through to globalThis: the stub must not outlive this test.
    const stub = (element: Element) => ({
      display: display[element.className] ?? ({ span: 'inline', td: 'table-cell' }[element.localName] || 'block'),
      visibility: 'visible',
    });
    Object.assign(window, { getComputedStyle: stub });
    try {
      expect(document.defaultView).toBe(window);
      expect(buildDomText(document.body).text).toBe('Here\nCaption\nTextinline\na\nb\n');
    } finally {
      Reflect.deleteProperty(window, 'getComputedStyle');
    }
  });

  it('keeps soft hyphens, NBSP and decomposed accents as they are, so offsets are node offsets', () => {
    const dom = buildDomText(bodyOf('<p>immi\u00ADgration\u00A0law <em>cafe\u0301</em></p>'), {
      isHidden: isHiddenByMarkup,
    });
    expect(dom.text).toBe('immi\u00ADgration\u00A0law cafe\u0301\n');
    expect(normalize(dom.text).text).toBe('immigration law café ');
    const start = dom.text.indexOf('gration');
    expect(piecesText(dom, start, dom.text.indexOf('\n'))).toEqual(['gration\u00A0law ', 'cafe\u0301']);
  });
});

describe('piecesFor', () => {
  const dom = buildDomText(bodyOf('<p>The <a>sanc</a>tuary <em>city</em></p><p>voted.</p>'), {
    isHidden: isHiddenByMarkup,
  });

  it('splits a range per Text node with offsets inside node.data', () => {
    expect(dom.text).toBe('The sanctuary city\nvoted.\n');
    const pieces = piecesFor(dom, 1, 15);
    expect(pieces.map(({ node, start, end }) => [node.data, start, end])).toEqual([
      ['The ', 1, 4],
      ['sanc', 0, 4],
      ['tuary ', 0, 6],
      ['city', 0, 1],
    ]);
  });

  it('crosses a block break without a piece for it, and returns nothing for an empty range', () => {
    expect(piecesText(dom, dom.text.indexOf('city'), dom.text.indexOf('.'))).toEqual(['city', 'voted']);
    expect(piecesFor(dom, 5, 5)).toEqual([]);
    expect(piecesText(dom, 0, dom.text.length)).toEqual(['The ', 'sanc', 'tuary ', 'city', 'voted.']);
  });
});

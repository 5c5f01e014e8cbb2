import { parseHTML } from 'linkedom';
import '../../support/extension-config.ts';
import { describe, expect, it } from 'vitest';
import type { ClaimAnnotation } from '../../../src/annotations/index.ts';
import type { AnchoredClaim } from '../../../src/extension/anchor-page.ts';
import { highlightClaims } from '../../../src/extension/highlight.ts';
import '../../support/extension-words.ts';

function annotation(id: string, exact: string, verdictId: ClaimAnnotation['verdictId']): ClaimAnnotation {
  return {
    id,
    quote: { exact, prefix: '', suffix: '' },
    position: undefined,
    verdictId,
    verdictLabel: verdictId ?? 'Unknown',
    flags: [],
    summary: '',
    claimUrl: undefined,
  };
}

/** A claim over `[start, end)` of the concatenated text of `nodes`, split per node as anchorClaims does. */
function claimOver(nodes: Text[], start: number, end: number, note: ClaimAnnotation): AnchoredClaim {
  const pieces = [];
  let offset = 0;
  for (const node of nodes) {
    const from = Math.max(start, offset);
    const to = Math.min(end, offset + node.data.length);
    if (from < to) pieces.push({ node, start: from - offset, end: to - offset });
    offset += node.data.length;
  }
  return { annotation: note, pieces, text: note.quote.exact };
}

function textNodes(element: Element): Text[] {
  const nodes: Text[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) nodes.push(node as Text);
    node.childNodes.forEach(walk);
  };
  walk(element);
  return nodes;
}

const marksOf = (document: Document, id: string) => [
  ...document.querySelectorAll<HTMLElement>(`[data-factcheck-claim="${id}"]`),
];

describe('highlightClaims', () => {
  it('wraps a claim split across inline markup in one mark per Text node, leaving the text as it was', () => {
    const { document } = parseHTML(
      '<html><head></head><body><p>The council <em>voted 13–0</em> on Wednesday.</p></body>',
    );
    const paragraph = document.querySelector('p')!;
    const before = paragraph.textContent;
    const text = 'council voted 13–0';
    const claim = claimOver(textNodes(paragraph), 4, 4 + text.length, annotation('vote', text, 'false'));
    const highlights = highlightClaims([claim], document as unknown as Document);

    expect(paragraph.textContent).toBe(before);
    const marks = marksOf(document as unknown as Document, 'vote');
    expect(marks.map((mark) => mark.textContent)).toEqual(['council ', 'voted 13–0']);
    expect(highlights.get('vote')).toEqual(marks);
    expect(marks[0]!.getAttribute('tabindex')).toBe('0');
    expect(marks[0]!.getAttribute('role')).toBe('button');
    expect(marks[0]!.getAttribute('aria-label')).toBe('council (fact check: False)');
    expect(marks[1]!.hasAttribute('tabindex')).toBe(false);
    expect(marks[1]!.getAttribute('data-factcheck-label')).toBe('✗ False');
    expect(document.querySelectorAll('style#factcheck-ext-style')).toHaveLength(1);
  });

  it('nests the marks of overlapping claims, so each claim still covers exactly its own words', () => {
    const { document } = parseHTML('<html><head></head><body><p>The quick brown fox jumps over.</p></body>');
    const paragraph = document.querySelector('p')!;
    const nodes = textNodes(paragraph);
    const a = claimOver(nodes, 4, 19, annotation('a', 'quick brown fox', 'supported'));
    const b = claimOver(nodes, 10, 25, annotation('b', 'brown fox jumps', 'misleading'));
    highlightClaims([a, b], document as unknown as Document);

    expect(paragraph.textContent).toBe('The quick brown fox jumps over.');
    const joined = (id: string) =>
      marksOf(document as unknown as Document, id)
        .map((mark) => mark.textContent)
        .join('');
    expect(joined('a')).toBe('quick brown fox');
    expect(joined('b')).toBe('brown fox jumps');
    expect(document.querySelectorAll('[tabindex="0"]')).toHaveLength(2);
  });

  it('never nests a button in a button when two claims start on the same word', () => {
    const { document } = parseHTML('<html><head></head><body><p>Crime fell sharply in 2019.</p></body>');
    const paragraph = document.querySelector('p')!;
    const nodes = textNodes(paragraph);
    const short = claimOver(nodes, 0, 10, annotation('short', 'Crime fell', 'supported'));
    const long = claimOver(nodes, 0, 27, annotation('long', 'Crime fell sharply in 2019.', 'misleading'));
    highlightClaims([short, long], document as never);
    const buttons = [...document.querySelectorAll('[tabindex="0"]')];
    // The longer claim is reached by its first piece outside the shorter one.
    expect(buttons.map((button) => button.textContent)).toEqual(['Crime fell', ' sharply in 2019.']);
    for (const button of buttons) expect(button.querySelector('[tabindex]')).toBeNull();
    expect(paragraph.textContent).toBe('Crime fell sharply in 2019.');
  });

  it('adds its stylesheet once however often it runs', () => {
    const { document } = parseHTML('<html><head></head><body><p>One two.</p><p>Three four.</p></body>');
    const [first, second] = [...document.querySelectorAll('p')];
    highlightClaims([claimOver(textNodes(first!), 0, 3, annotation('one', 'One', 'opinion'))], document as never);
    highlightClaims([claimOver(textNodes(second!), 0, 5, annotation('three', 'Three', undefined))], document as never);
    expect(document.querySelectorAll('style')).toHaveLength(1);
    // A verdict the scale does not know still shows, with the label it came with.
    expect(marksOf(document as never, 'three')[0]!.getAttribute('data-factcheck-label')).toBe('• Unknown');
  });
});

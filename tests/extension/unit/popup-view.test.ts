import { parseHTML } from 'linkedom';
import '../../support/extension-config.ts';
import { describe, expect, it } from 'vitest';
import type { ClaimState, PageState } from '../../../src/extension/messages.ts';
import { renderPopup } from '../../../src/extension/popup-view.ts';
import '../../support/extension-words.ts';

function claim(id: string, anchored: boolean, extra: Partial<ClaimState> = {}): ClaimState {
  return {
    id,
    quote: `Quote of ${id}`,
    verdictId: 'false',
    verdictLabel: 'False',
    flags: [],
    summary: `Summary of ${id}`,
    claimUrl: `https://checks.example/claims/${id}/`,
    anchored,
    ...extra,
  };
}

function state(claims: ClaimState[], from: PageState['from'] = 'site'): PageState {
  return { slug: 's', title: 'An article', from, siteUrl: 'https://checks.example/', bundledAt: '2026-12-01', claims };
}

function render(page: PageState | undefined, revealed: string[] = []) {
  const { document } = parseHTML('<html><body><main id="popup"></main></body></html>');
  const main = document.getElementById('popup') as unknown as HTMLElement;
  renderPopup(main, page, { reveal: (id) => revealed.push(id) });
  return main;
}

describe('renderPopup', () => {
  it('says there is no checked article when no content script answered', () => {
    expect(render(undefined).textContent).toContain('No checked article on this page.');
  });

  it('lists anchored claims with a button that shows them, and orphans as not found with their quote', () => {
    const revealed: string[] = [];
    const main = render(state([claim('a', true), claim('b', false)]), revealed);
    const [anchored, orphan] = [...main.querySelectorAll('li.claim')];
    expect(anchored!.querySelector('button')!.textContent).toBe('Show on page');
    anchored!
      .querySelector('button')!
      .dispatchEvent(new (anchored!.ownerDocument.defaultView as never as typeof globalThis).Event('click'));
    expect(revealed).toEqual(['a']);
    expect(orphan!.textContent).toContain('Not found on this page');
    expect(orphan!.querySelector('blockquote')!.textContent).toBe('Quote of b');
    expect(orphan!.querySelector('button')).toBeNull();
    expect(orphan!.querySelector('a')!.getAttribute('href')).toBe('https://checks.example/claims/b/');
    expect(main.querySelector('.bundled')).toBeNull();
  });

  it('says when the bundled copy is used, with its date', () => {
    const main = render(state([claim('a', true)], 'bundled'));
    expect(main.querySelector('.bundled')!.textContent).toContain('on 1 December 2026');
  });

  it('shows markup from the network as text and links only to http(s) addresses', () => {
    const main = render(
      state([claim('a', true, { summary: '<img src=x onerror=alert(1)>', claimUrl: 'javascript:alert(1)' })]),
    );
    expect(main.querySelector('img')).toBeNull();
    expect(main.querySelector('.summary')!.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(main.querySelector('a')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { contentPages, inlineStylesheets, LINKED_STYLESHEET_FROM } from '../../src/integration/stylesheets.ts';

describe('inline or linked stylesheet', () => {
  it('inlines on a small site such as ours and links one file on a large one', () => {
    expect(inlineStylesheets(111)).toBe('always');
    expect(inlineStylesheets(LINKED_STYLESHEET_FROM - 1)).toBe('always');
    expect(inlineStylesheets(LINKED_STYLESHEET_FROM)).toBe('never');
    expect(inlineStylesheets(26_000)).toBe('never');
  });
  it('counts a page per claim and per source', () => {
    expect(contentPages({ claims: new Array(107), sources: new Array(4) })).toBe(111);
  });
});

import { describe, expect, it } from 'vitest';
import { claimTitle, documentTitle, fitText, TITLE_MAX, titleRoom, writtenLength } from '../../src/site/page-title.ts';

const SITE = 'Sanctuary Claims Check';
const HEADLINE = [
  'Boston Doubles Down on Its Sanctuary Stance,',
  'Widening the Ever-Worse Divide Between Federal and Local Law Enforcement',
].join(' ');

describe('page titles', () => {
  it('leaves a title that fits as it is, and the home page as the site name alone', () => {
    expect(documentTitle('Verdicts', SITE)).toBe('Verdicts · Sanctuary Claims Check');
    expect(documentTitle(undefined, SITE)).toBe(SITE);
  });

  it('shortens a long article title at a word boundary with an ellipsis, keeping the site name', () => {
    const title = documentTitle(HEADLINE, SITE);
    expect(title).toBe('Boston Doubles Down on Its Sanctuary Stance… · Sanctuary Claims Check');
    expect(title.length).toBeLessThanOrEqual(TITLE_MAX);
  });

  it('keeps the verdict of a claim title and shortens only the quote', () => {
    const page = claimTitle(
      'In case you’re wondering how it works, when local cops bring them in, ICE is notified',
      'Partly supported',
      titleRoom(SITE),
    );
    expect(page).toBe('“In case you’re…” — Partly supported');
    expect(documentTitle(page, SITE).length).toBeLessThanOrEqual(TITLE_MAX);
  });

  it('counts characters as the page writes them, entities included', () => {
    expect(writtenLength(`ICE's & "them"`)).toBe(`ICE&#39;s &amp; &quot;them&quot;`.length);
    const fitted = fitText(`The failure to honor ICE's detainer request's terms`, 30);
    expect(writtenLength(fitted)).toBeLessThanOrEqual(30);
    expect(fitted).toMatch(/…$/);
  });

  it('never writes a title over the limit, whatever the quote', () => {
    const quotes = [HEADLINE, `'''''''''''''''''''''''''''''''''''''''`, 'x'.repeat(200), 'a b '.repeat(60)];
    for (const quote of quotes) {
      const title = documentTitle(claimTitle(quote, 'Misleading', titleRoom(SITE)), SITE);
      expect(writtenLength(title), title).toBeLessThanOrEqual(TITLE_MAX);
    }
  });
});

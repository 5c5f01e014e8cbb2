import { describe, expect, it, vi } from 'vitest';
import {
  correctionRequestHref,
  correctionTarget,
  warnOnceWithoutTarget,
  type CorrectionRequestFields,
} from '../../src/site/correction-request.ts';

const TEMPLATE =
  'https://example.org/issues/new?template=correction.yml&claim-id={id}&claim-url={url}&quote={quote}&verdict={verdict}';

const HARD_QUOTES = [
  'Tom & Jerry said "no" #1?',
  '100% of them ?a=b&c=d#frag',
  "She said “it’s fine” — and 'left'",
  'Ningún inmigrante, 移民, Ñandú 🙂',
  'a+b=c / {id} {quote}',
];

const fields = (quote: string): CorrectionRequestFields => ({
  id: 'hartford-claim-1',
  url: 'https://example.org/claims/hartford-claim-1/',
  quote,
  verdict: 'Partly supported',
});

describe('correctionRequestHref with a URL template', () => {
  const target = correctionTarget({ url: TEMPLATE });

  it.each(HARD_QUOTES)('encodes a quote so it comes back exactly as written: %s', (quote) => {
    const url = new URL(correctionRequestHref(target, fields(quote))!);
    expect(url.origin + url.pathname).toBe('https://example.org/issues/new');
    // Every parameter survives: no `&`, `#`, `?` or `%` in the quote breaks the query or starts a fragment.
    expect(url.hash).toBe('');
    expect([...url.searchParams.keys()]).toEqual(['template', 'claim-id', 'claim-url', 'quote', 'verdict']);
    expect(url.searchParams.get('quote')).toBe(quote);
    expect(url.searchParams.get('claim-url')).toBe('https://example.org/claims/hartford-claim-1/');
    expect(url.searchParams.get('verdict')).toBe('Partly supported');
  });

  it('percent-encodes each value with encodeURIComponent, so a space is %20, not +', () => {
    const href = correctionRequestHref(target, fields('a & b'))!;
    expect(href).toContain('&quote=a%20%26%20b&');
    expect(href).toContain('&claim-url=https%3A%2F%2Fexample.org%2Fclaims%2Fhartford-claim-1%2F&');
  });

  it('does not substitute placeholders that appear inside a value', () => {
    const href = correctionRequestHref(target, fields('{id}'))!;
    expect(new URL(href).searchParams.get('quote')).toBe('{id}');
  });
});

describe('correctionTarget', () => {
  it.each([
    'javascript:alert(1)//{id}',
    'JavaScript:alert(document.domain)',
    'data:text/html,<script>alert(1)</script>',
    'mailto:someone@example.org?subject={id}',
    'ftp://example.org/{id}',
    '/relative/path?id={id}',
  ])('refuses a template that is not an http(s) URL: %s', (url) => {
    expect(() => correctionTarget({ url })).toThrow(/expected an http\(s\) URL template/);
  });

  it('refuses an unknown placeholder and names the ones it knows', () => {
    expect(() => correctionTarget({ url: 'https://example.org/?c={claim}' })).toThrow(
      /Unexpected placeholder \{claim\}.*\n.*\{id\}, \{url\}, \{quote\}, \{verdict\}/s,
    );
  });

  it('prefers the URL template to the e-mail address, and takes the address without one', () => {
    expect(correctionTarget({ url: TEMPLATE, email: 'fix@example.org' }).kind).toBe('url');
    expect(correctionTarget({ email: 'fix@example.org' })).toEqual({ kind: 'email', address: 'fix@example.org' });
    expect(correctionTarget({ email: 'mailto:fix@example.org' })).toEqual({
      kind: 'email',
      address: 'fix@example.org',
    });
    expect(correctionTarget({ url: '  ', email: '' })).toEqual({ kind: 'none' });
  });

  it.each(['not an address', 'a@b@example.org', 'fix@example.org?bcc=x@example.org', 'two@example.org,x@example.org'])(
    'refuses an e-mail setting that is not one plain address: %s',
    (email) => {
      expect(() => correctionTarget({ email })).toThrow(/expected one e-mail address/);
    },
  );
});

describe('correctionRequestHref with an e-mail address', () => {
  const target = correctionTarget({ email: 'fix@example.org' });

  it.each(HARD_QUOTES)('builds an RFC 6068 mailto: whose body carries the quote exactly: %s', (quote) => {
    const href = correctionRequestHref(target, fields(quote))!;
    expect(href.startsWith('mailto:fix@example.org?subject=')).toBe(true);
    // Only the separators of the hfields are left unencoded.
    const [, query] = href.split('?');
    expect(query!.split('&').map((pair) => pair.split('=')[0])).toEqual(['subject', 'body']);
    expect(href).not.toMatch(/[ "#<>“”’🙂\n]/u);
    const params = Object.fromEntries(query!.split('&').map((pair) => pair.split('=').map(decodeURIComponent)));
    expect(params['subject']).toBe('Correction request: hartford-claim-1');
    expect(params['body']).toContain(`\r\nQuote: “${quote}”\r\n`);
    expect(params['body']).toContain('Current verdict: Partly supported');
    expect(params['body']).toContain('Page: https://example.org/claims/hartford-claim-1/');
  });

  it('encodes line breaks in the body as %0D%0A', () => {
    expect(correctionRequestHref(target, fields('x'))).toContain('%0D%0APage%3A%20');
  });
});

describe('warnOnceWithoutTarget', () => {
  it('warns once however many pages ask, and never when a target is set', () => {
    const log = vi.fn();
    warnOnceWithoutTarget({ kind: 'url', template: TEMPLATE }, log);
    expect(log).not.toHaveBeenCalled();
    for (let page = 0; page < 5; page++) warnOnceWithoutTarget({ kind: 'none' }, log);
    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0]![0]).toMatch(/Neither the `corrections` option nor CORRECTIONS_URL or CORRECTIONS_EMAIL/);
    expect(correctionRequestHref({ kind: 'none' }, fields('x'))).toBeUndefined();
  });
});

/** The Content-Security-Policy each built page carries (src/integration/content-security-policy.ts). */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { pagePolicy, withPolicy } from '../../src/integration/content-security-policy.ts';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const directive = (policy: string, name: string) =>
  policy
    .split('; ')
    .find((part) => part.startsWith(`${name} `))
    ?.split(' ')
    .slice(1);

const PAGE =
  '<!doctype html><html><head><title>T</title><style>p{color:red}</style>' +
  '<script type="module" src="/_astro/x.js"></script><script>window.a = 1;</script></head>' +
  '<body><p style="--v: #1b1b1b">x</p><p style="a &amp; b">y</p><script>window.a = 1;</script></body></html>';

describe('pagePolicy', () => {
  const policy = pagePolicy(PAGE);

  it('allows exactly the inline scripts and styles the page was built with, by hash, once each', () => {
    expect(directive(policy, 'script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", sha('window.a = 1;')]);
    expect(directive(policy, 'style-src-elem')).toEqual(["'self'", sha('p{color:red}')]);
    expect(directive(policy, 'style-src-attr')).toEqual(
      ["'unsafe-hashes'", sha('--v: #1b1b1b'), sha('a & b')].sort((a, b) =>
        a === "'unsafe-hashes'" ? -1 : b === "'unsafe-hashes'" ? 1 : a.localeCompare(b),
      ),
    );
  });

  it('loads nothing from elsewhere and no plugins, and allows no style attribute on a page without one', () => {
    expect(directive(policy, 'default-src')).toEqual(["'self'"]);
    expect(directive(policy, 'object-src')).toEqual(["'none'"]);
    expect(directive(policy, 'img-src')).toEqual(["'self'", 'data:']);
    expect(directive(pagePolicy('<html><head></head></html>'), 'style-src-attr')).toEqual(["'none'"]);
  });
});

describe('withPolicy', () => {
  it('puts the policy first in <head>, before every script and style it covers, and only once', () => {
    const html = withPolicy(PAGE);
    expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(html.indexOf('<title>'));
    expect(html.startsWith('<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="')).toBe(
      true,
    );
    expect(withPolicy(html)).toBe(html);
  });
});

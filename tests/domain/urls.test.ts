import { describe, expect, it } from 'vitest';
import { isHttpUrl } from '../../src/domain/urls.ts';
import { citationSchema } from '../../src/schemas/citation.ts';

describe('isHttpUrl', () => {
  it('accepts absolute http(s) URLs written out in full', () => {
    expect(isHttpUrl('https://example.org/page?q=1')).toBe(true);
    expect(isHttpUrl('HTTP://example.org')).toBe(true);
  });

  it('refuses a URL without the two slashes, which the URL parser would silently repair', () => {
    expect(new URL('https:example.org').href).toBe('https://example.org/');
    expect(isHttpUrl('https:example.org')).toBe(false);
    expect(isHttpUrl('https:/example.org')).toBe(false);
    expect(isHttpUrl('https:///example.org')).toBe(false);
  });

  it('refuses other schemes and relative URLs', () => {
    for (const value of ['javascript:alert(1)', 'data:text/html,x', '/claims/x/', 'example.org', 'ftp://example.org']) {
      expect(isHttpUrl(value), value).toBe(false);
    }
  });

  it('is the rule every URL field of the schemas applies', () => {
    const citation = { title: 'T', publisher: 'P', url: 'https:example.org', kind: 'primary', excerpt: 'E' };
    const result = citationSchema.safeParse(citation);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['url']);
    expect(citationSchema.safeParse({ ...citation, url: 'https://example.org' }).success).toBe(true);
  });
});

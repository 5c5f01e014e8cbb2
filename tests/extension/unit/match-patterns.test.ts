import { describe, expect, it } from 'vitest';
import { articleKey, sourceForUrl } from '../../../src/extension/article-address.ts';
import { articleMatchPatterns, contentScriptMatches } from '../../../src/integration/extension/match-patterns.ts';

/**
 * How Chromium and Firefox apply a content script's match pattern: scheme and exact host, then
 * the path with its query (never the hash), `*` as any run of characters and everything else literal.
 */
function browserMatches(pattern: string, url: string): boolean {
  const [, scheme, host, path] = /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(pattern)!;
  const page = new URL(url);
  if (scheme === '*' ? !/^https?:$/.test(page.protocol) : page.protocol !== `${scheme}:`) return false;
  if (page.hostname !== host) return false;
  const glob = new RegExp(
    `^${path!
      .split('*')
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return glob.test(page.pathname + page.search);
}
const anyMatch = (patterns: readonly string[], url: string) => patterns.some((p) => browserMatches(p, url));

const ARTICLE = 'https://news.example/politics/2024/a-story';
const AMP_ARTICLE = 'https://west.example/a-story/amp';

describe('articleMatchPatterns', () => {
  const patterns = articleMatchPatterns(ARTICLE);

  it('covers the article, www., trailing slash, AMP and tracking-parameter variants', () => {
    for (const url of [
      'https://news.example/politics/2024/a-story',
      'https://www.news.example/politics/2024/a-story',
      'https://news.example/politics/2024/a-story/',
      'https://news.example/politics/2024/a-story/amp',
      'https://www.news.example/politics/2024/a-story/amp/',
      'https://news.example/politics/2024/a-story?amp=1',
      'https://news.example/politics/2024/a-story?utm_source=x&utm_medium=social',
      'https://www.news.example/politics/2024/a-story/?fbclid=abc#comments',
    ])
      expect(anyMatch(patterns, url), url).toBe(true);
  });

  it('covers nothing else on the same site or on lookalike hosts', () => {
    for (const url of [
      'https://news.example/',
      'https://news.example/politics/2024/a-story-2',
      'https://news.example/politics/2024/a-story/comments',
      'https://news.example/politics/2024/a-stor',
      'https://news.example/politics/2024/a-story/amp/extra',
      'https://evil.news.example/politics/2024/a-story',
      'https://news.example.evil.example/politics/2024/a-story',
      'https://evilnews.example/politics/2024/a-story',
      'http://news.example/politics/2024/a-story',
    ])
      expect(anyMatch(patterns, url), url).toBe(false);
  });

  it('uses neither <all_urls> nor host or scheme wildcards', () => {
    expect(patterns).toHaveLength(16);
    for (const pattern of patterns)
      expect(pattern).toMatch(/^https:\/\/(www\.)?news\.example\/politics\/2024\/a-story/);
  });

  it('starts from the article without /amp when the recorded address is the AMP edition', () => {
    const amp = articleMatchPatterns(AMP_ARTICLE);
    expect(amp).toContain('https://west.example/a-story');
    expect(amp).toContain('https://www.west.example/a-story/amp?*');
    expect(amp).not.toContain('https://west.example/a-story/amp/amp');
    expect(anyMatch(amp, 'https://west.example/a-story/')).toBe(true);
  });

  it('rejects addresses that are not http(s)', () => {
    expect(() => articleMatchPatterns('ftp://news.example/a')).toThrow(/Not an http\(s\) article address/);
  });

  it('merges the patterns of several sources without duplicates', () => {
    const merged = contentScriptMatches([{ url: ARTICLE }, { url: `${ARTICLE}/` }, { url: AMP_ARTICLE }]);
    expect(merged).toHaveLength(32);
    expect(new Set(merged).size).toBe(merged.length);
  });
});

describe('sourceForUrl', () => {
  const sources = [
    { slug: 'story', url: ARTICLE },
    { slug: 'west', url: AMP_ARTICLE },
  ];
  const slugFor = (url: string) => sourceForUrl(url, sources)?.slug;

  it('finds the article under its variants', () => {
    expect(slugFor('https://www.news.example/politics/2024/a-story/?utm_source=x#top')).toBe('story');
    expect(slugFor('https://NEWS.example/politics/2024/a-story/amp')).toBe('story');
    expect(slugFor('https://news.example/politics/2024/a-story?amp')).toBe('story');
    expect(slugFor('https://west.example/a-story')).toBe('west');
    expect(slugFor('https://www.west.example/a-story/amp/?utm_campaign=y')).toBe('west');
  });

  it('does not match lookalike hosts, longer or shorter paths, or other schemes', () => {
    for (const url of [
      'https://news.example.evil.example/politics/2024/a-story',
      'https://evil-news.example/politics/2024/a-story',
      'https://sub.news.example/politics/2024/a-story',
      'https://news.example/politics/2024/a-story-2',
      'https://news.example/politics/2024/a-story/comments',
      'https://news.example/politics/2024',
      'https://news.example/politics/2024/a-story/amp/amp',
      'https://user:pw@news.example/politics/2024/a-story',
      'ftp://news.example/politics/2024/a-story',
      'not a url',
    ])
      expect(slugFor(url), url).toBeUndefined();
  });

  it('compares paths after percent-decoding', () => {
    // The URL parser leaves `%7E` as it is, and some publishers' links escape `~` while others do not.
    const encoded = [{ slug: 'e', url: 'https://news.example/%7Eeditor/story' }];
    expect(sourceForUrl('https://news.example/~editor/story/', encoded)?.slug).toBe('e');
  });

  it('reduces an address to host without www., path without /amp or trailing slash', () => {
    expect(articleKey('https://www.News.example/a/b/amp/?x=1#y')).toEqual({
      scheme: 'https',
      host: 'news.example',
      port: '',
      path: '/a/b',
    });
  });

  it('tells articles apart by port, which the patterns cannot', () => {
    const sources = [
      { slug: 'a', url: 'http://192.0.2.7:8080/story' },
      { slug: 'b', url: 'http://192.0.2.7/story' },
    ];
    expect(sourceForUrl('http://192.0.2.7:8080/story/', sources)?.slug).toBe('a');
    expect(sourceForUrl('http://192.0.2.7/story', sources)?.slug).toBe('b');
    expect(sourceForUrl('http://192.0.2.7:9090/story', sources)).toBeUndefined();
  });
});

/**
 * The match-pattern grammar both browsers accept (Chromium's URLPattern, MDN's "Match patterns"): one bad pattern
 * and Chromium drops the whole extension, so every pattern we write must pass it.
 */
const HOST_LABEL = '[a-z0-9](?:[a-z0-9-]*[a-z0-9])?';
const VALID_PATTERN = new RegExp(`^https?://(?:${HOST_LABEL}(?:\\.${HOST_LABEL})*|\\[[0-9a-f:.]+\\])/[^\\s]*$`);

describe('articles at an IP address or on a port', () => {
  it.each([
    ['http://192.0.2.7/story', ['http://192.0.2.7/story', 'http://192.0.2.7/story?*']],
    ['https://192.0.2.7:8443/story', ['https://192.0.2.7/story', 'https://192.0.2.7/story?*']],
    ['http://[2001:db8::1]:8080/story', ['http://[2001:db8::1]/story', 'http://[2001:db8::1]/story?*']],
    ['https://news.example:8443/a', ['https://news.example/a', 'https://www.news.example/a']],
  ])('%s: valid patterns, no www. in front of an address, no port', (url, expected) => {
    const patterns = articleMatchPatterns(url);
    for (const pattern of expected) expect(patterns).toContain(pattern);
    for (const pattern of patterns) expect(pattern, pattern).toMatch(VALID_PATTERN);
    expect(patterns.some((pattern) => /www\.(?:\d|\[)/.test(pattern))).toBe(false);
  });

  it('the grammar refuses what Chromium refuses', () => {
    for (const bad of ['http://www.[::1]/a', 'http://192.0.2.7:8080/a', 'https://*/', 'http://a..b/'])
      expect(bad).not.toMatch(VALID_PATTERN);
  });
});

describe('a source url with the wildcard', () => {
  it.each(['https://example.com/*', 'https://*/', 'https://www.*/news', 'https://*.example.org/story'])(
    'gives %s no match pattern at all (the checker refuses it as url-wildcard)',
    (url) => {
      expect(() => articleMatchPatterns(url)).toThrow('Not an http(s) article address');
    },
  );
});

import type { Rule } from './rule.ts';

/**
 * The browser extension runs on each source's `url` through a match pattern, where `*` is a wildcard:
 * `https://example.com/*` would run it on every page of the site, `https://*\/` on every front page.
 */
export const urlWildcard = {
  id: 'url-wildcard',
  severity: 'error',
  meaning:
    "a source `url` with `*`, which the browser extension's match patterns read as a wildcard (it would run on " +
    'every page of a site, or of every site)',
  fix: 'Write the address of the article itself; percent-encode a "*" that is part of it as %2A.',
  checks: {
    source: ({ url, provenanceFile, locateProvenance }, report) => {
      if (url === undefined || !url.includes('*')) return;
      const reason = `Unexpected "*" in the source url "${url}", expected the article's own address`;
      report(provenanceFile, locateProvenance(['url']), reason);
    },
  },
} as const satisfies Rule;

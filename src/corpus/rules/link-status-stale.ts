import type { Rule } from './rule.ts';

/**
 * An entry of `content/link-status.json` for a URL that no source, citation or explanation uses any more is left
 * over from an earlier check (the URL was corrected or the citation removed) and would keep reporting a link
 * nobody relies on.
 */
export const linkStatusStale = {
  id: 'link-status-stale',
  severity: 'warning',
  meaning:
    '`content/link-status.json` has an entry for a URL no source, citation or explanation uses any more (a ' +
    'corrected URL, a removed citation)',
  fix: 'Run npm run links -- --write to check the links again, or remove the entry.',
  checks: {
    corpus: ({ linkStatus }, report) => {
      if (!linkStatus) return;
      const { file, entries, placeOf, used } = linkStatus;
      for (const entry of entries) {
        if (used.has(entry.url)) continue;
        const reason =
          `Unexpected link status entry for "${entry.url}", which no source, citation or explanation uses any ` +
          'more, expected entries only for URLs in the content';
        const hint = 'Run `npm run links -- --write` to check the links again, or remove the entry.';
        report(file, placeOf(entry), reason, { hint });
      }
    },
  },
} as const satisfies Rule;

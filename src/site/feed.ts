/** The RSS feed's items: every claim check, most recently updated first. */
import type { RSSFeedItem } from '@astrojs/rss';
import { feedDescription } from './feed-text.ts';
import type { ClaimView } from './site-model.ts';
import { quoteForDisplay } from '../domain/quote-text.ts';
import { sourceTitle } from './site-model.ts';
import { absoluteUrl, paths } from './urls.ts';
import { activeTranslator } from '../i18n/active.ts';

export function feedItems(claims: Iterable<ClaimView>): RSSFeedItem[] {
  const t = activeTranslator();
  return [...claims]
    .sort((a, b) => b.lastChanged.localeCompare(a.lastChanged) || a.id.localeCompare(b.id))
    .map((view) => ({
      title: `${view.verdict.label}: ${quoteForDisplay(view.context.quote)}`,
      link: absoluteUrl(paths.claim(view.id)),
      // A check's date in the feed is when it last changed, so corrections reach readers.
      pubDate: new Date(`${view.lastChanged}T00:00:00Z`),
      description: feedDescription(
        t('feed.claim', {
          summary: view.claim.data.summary,
          number: view.number,
          source: quoteForDisplay(sourceTitle(view.source)),
        }),
      ),
      categories: [view.verdict.label, ...view.flags.map((flag) => flag.label)],
    }));
}

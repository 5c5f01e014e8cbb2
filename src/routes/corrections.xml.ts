import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import config from 'virtual:factcheck/config';
import { getSiteModel } from '../site/current-model.ts';
import { correctionFeedItems, correctionsLog } from '../site/corrections-log.ts';
import { absoluteUrl, paths } from '../site/urls.ts';

export async function GET({ locals: { t } }: APIContext) {
  return rss({
    title: t('feed.corrections.title', { site: config.name }),
    description: t('feed.corrections.description'),
    site: absoluteUrl(paths.corrections()),
    items: correctionFeedItems(correctionsLog(getSiteModel().claims.values())),
    customData: `<language>${t.language}</language>`,
  });
}

import rss from '@astrojs/rss';
import config from 'virtual:factcheck/config';
import { getSiteModel } from '../site/current-model.ts';
import { correctionFeedItems, correctionsLog } from '../site/corrections-log.ts';
import { absoluteUrl, paths } from '../site/urls.ts';

export async function GET() {
  return rss({
    title: `${config.name}: corrections`,
    description: 'Every correction, update and clarification to a published check, newest first.',
    site: absoluteUrl(paths.corrections()),
    items: correctionFeedItems(correctionsLog(getSiteModel().claims.values())),
    customData: `<language>${config.language}</language>`,
  });
}

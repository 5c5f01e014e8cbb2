import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import config from 'virtual:factcheck/config';
import { getSiteModel } from '../site/current-model.ts';
import { feedItems } from '../site/feed.ts';
import { absoluteUrl, paths } from '../site/urls.ts';

export async function GET({ locals: { t } }: APIContext) {
  const model = getSiteModel();
  return rss({
    title: config.name,
    description: config.description,
    site: absoluteUrl(paths.home()),
    items: feedItems(model.claims.values()),
    customData: `<language>${t.language}</language>`,
  });
}
